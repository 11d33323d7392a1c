/**
 * Remembers recent misses for a while, so a missing file is not requested on every crash. Each
 * miss keeps a `reason` (for example what to answer with again).
 */
export class NegativeCache<Reason = true> {
  private readonly entries = new Map<
    string,
    { readonly expiry: number; readonly reason: Reason }
  >();

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
  remember(key: string, reason: Reason): void {
    if (this.ttlMs <= 0 || this.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { expiry: this.now() + this.ttlMs, reason });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** The reason of the miss remembered for `key`, or undefined when none is (or it expired). */
  get(key: string): Reason | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiry > this.now()) return entry.reason;
    this.entries.delete(key);
    return undefined;
  }

  /** True while a miss for `key` is remembered. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Misses held (expired ones included until they are looked up or pushed out). */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets every miss. */
  clear(): void {
    this.entries.clear();
  }
}
