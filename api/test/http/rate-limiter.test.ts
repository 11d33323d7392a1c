import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/http/rate-limiter.js';

describe('RateLimiter', () => {
  it('allows the limit per key per minute window and says when the window resets', () => {
    const limiter = new RateLimiter();
    const start = 1_700_000_080_000; // 40 s into a minute
    expect([1, 2, 3].map(() => limiter.check('a', 2, start).allowed)).toEqual([true, true, false]);
    expect(limiter.check('a', 2, start).retryAfterSeconds).toBe(20);
    expect(limiter.check('b', 2, start).allowed).toBe(true);
    expect(limiter.check('a', 2, start + 20_000).allowed).toBe(true);
  });
});
