import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('greaterThan', () => {
  it('compares code points, so astral characters sort after every BMP character', () => {
    const when = { key: 'A', greaterThan: '\uffff' };
    expect(conditionMatches(when, { A: '😀' })).toBe(true);
    expect(conditionMatches(when, { A: '\ufffe' })).toBe(false);
  });
});
