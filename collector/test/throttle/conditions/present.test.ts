import { describe, expect, it } from 'vitest';
import { compileError, conditionMatches } from '../condition-harness.js';

describe('present', () => {
  it.each([
    [{ Comments: '' }, true],
    [{ Comments: null }, true],
    [{ Other: 'x' }, false],
  ])('on %j matches: %s', (annotations, expected) => {
    expect(conditionMatches({ key: 'Comments', present: true }, annotations)).toBe(expected);
  });
  it('needs a key when the rule has none', () => {
    expect(compileError({ present: true })).toContain('needs a `key`');
  });
});
