/**
 * Requests per minute per key (an address, or a user), in fixed one-minute windows, as the
 * reference's `100/m` and `1000/m` limits count. In memory: each API process counts its own.
 */

/** What one request's check says. */
export interface RateDecision {
  readonly allowed: boolean;
  /** Seconds until the window resets. */
  readonly retryAfterSeconds: number;
}

/** A fixed-window counter. */
export class RateLimiter {
  private windowStartMs = 0;
  private counts = new Map<string, number>();

  constructor(private readonly windowMs = 60_000) {}

  /** Counts a request for `key` at `nowMs` against `limit`. */
  check(key: string, limit: number, nowMs: number): RateDecision {
    const windowStart = nowMs - (nowMs % this.windowMs);
    if (windowStart !== this.windowStartMs) {
      this.windowStartMs = windowStart;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return {
      allowed: count <= limit,
      retryAfterSeconds: Math.ceil((windowStart + this.windowMs - nowMs) / 1000),
    };
  }
}
