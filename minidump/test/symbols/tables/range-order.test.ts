import { describe, expect, it } from 'vitest';
import { findLastAtOrBelow, keepNonOverlapping } from '../../../src/symbols/tables/range-order.js';

describe('keepNonOverlapping', () => {
  it('keeps sorted, disjoint ranges as they are', () => {
    expect([...keepNonOverlapping([0, 10, 20], [10, 20, 30], 0, 3)]).toEqual([0, 1, 2]);
  });

  it('sorts by start then end and drops any range starting inside the last kept one', () => {
    // Sorted: [0,5) [0,15) [10,12) [20,30).
    // [0,15) starts at 0 < 5 → dropped; [10,12) starts at 10 ≥ 5 → kept; [20,30) kept.
    expect([...keepNonOverlapping([20, 0, 10, 0], [30, 15, 12, 5], 0, 4)]).toEqual([3, 2, 0]);
  });

  it('keeps the earlier of two identical ranges', () => {
    expect([...keepNonOverlapping([5, 5], [9, 9], 0, 2)]).toEqual([0]);
  });

  it('works on a slice of the arrays', () => {
    expect([...keepNonOverlapping([99, 4, 1], [100, 6, 3], 1, 2)]).toEqual([2, 1]);
  });
});

describe('findLastAtOrBelow', () => {
  const starts = [10, 20, 20, 30];
  it.each([
    [5, -1],
    [10, 0],
    [19, 0],
    [20, 2],
    [29, 2],
    [1000, 3],
  ])('finds the last entry ≤ %i', (value, expected) => {
    expect(findLastAtOrBelow(starts, 0, starts.length, value)).toBe(expected);
  });

  it('stays inside the given slice', () => {
    expect(findLastAtOrBelow(starts, 1, 2, 15)).toBe(-1);
    expect(findLastAtOrBelow(starts, 1, 2, 35)).toBe(2);
  });
});
