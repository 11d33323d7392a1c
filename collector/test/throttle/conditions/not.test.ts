import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('not', () => {
  it('inverts its condition', () => {
    const when = { not: { key: 'BuildID', equals: '' } };
    expect(conditionMatches(when, {})).toBe(false);
    expect(conditionMatches(when, { BuildID: '2024' })).toBe(true);
  });
});
