import { describe, expect, it } from 'vitest';
import { NegativeCache } from '../../../src/symbols/suppliers/negative-cache.js';

describe('negative cache', () => {
  it('remembers a miss until its TTL has passed', () => {
    let now = 100;
    const cache = new NegativeCache(50, 10, () => now);
    cache.remember('a', true);
    expect(cache.has('a')).toBe(true);
    now = 149;
    expect(cache.has('a')).toBe(true);
    now = 150;
    expect(cache.has('a')).toBe(false);
  });

  it('forgets the oldest miss beyond maxEntries', () => {
    const cache = new NegativeCache(1000, 2, () => 0);
    cache.remember('a', true);
    cache.remember('b', true);
    cache.remember('c', true);
    expect(['a', 'b', 'c'].map((key) => cache.has(key))).toEqual([false, true, true]);
  });

  it('remembers nothing with a zero TTL', () => {
    const cache = new NegativeCache(0, 10, () => 0);
    cache.remember('a', true);
    expect(cache.has('a')).toBe(false);
  });
});
