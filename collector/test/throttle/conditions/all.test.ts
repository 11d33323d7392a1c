import { describe, expect, it } from 'vitest';
import { compileError, conditionMatches } from '../condition-harness.js';

describe('all', () => {
  const when = {
    all: [
      { key: 'A', equals: '1' },
      { key: 'B', equals: '2' },
    ],
  };
  it.each([
    [{ A: '1', B: '2' }, true],
    [{ A: '1' }, false],
  ])('on %j: %s', (annotations, expected) => {
    expect(conditionMatches(when, annotations)).toBe(expected);
  });
  it('names the nested condition that is wrong', () => {
    expect(compileError({ all: [{ always: true }, { equal: 'x' }] })).toBe(
      'rules.yaml: rules[0] (r).when.all[1]: unknown condition kind "equal"; kinds: always, present, equals, oneOf, startsWith, matches, lessThan, greaterThan, versionRange, buildIdOlderThanDays, json, unsupportedProduct, unsupportedPackageName, productListed, all, any, not',
    );
  });
});
