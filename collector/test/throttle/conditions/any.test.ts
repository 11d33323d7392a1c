import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('any', () => {
  const when = {
    any: [
      { key: 'A', equals: '1' },
      { key: 'B', equals: '2' },
    ],
  };
  it.each([
    [{ B: '2' }, true],
    [{ A: '2', B: '1' }, false],
  ])('on %j: %s', (annotations, expected) => {
    expect(conditionMatches(when, annotations)).toBe(expected);
  });
});
