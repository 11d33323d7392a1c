/** Remembers recent misses for a while, so a missing file is not requested on every crash. */
export class NegativeCache {
  private readonly expiries = new Map<string, number>();

  /**
   * @param ttlMs how long a miss is remembered, in milliseconds
   * @param maxEntries bound on remembered misses (the oldest is forgotten first)
   * @param now clock in milliseconds
   */
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  /** Records a miss for `key`. */
  remember(key: string): void {
    if (this.ttlMs <= 0) return;
    this.expiries.delete(key);
    this.expiries.set(key, this.now() + this.ttlMs);
    while (this.expiries.size > this.maxEntries) {
      const oldest = this.expiries.keys().next().value as string;
      this.expiries.delete(oldest);
    }
  }

  /** True while a miss for `key` is remembered. */
  has(key: string): boolean {
    const expiry = this.expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry > this.now()) return true;
    this.expiries.delete(key);
    return false;
  }
}
