import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('lessThan', () => {
  it.each([
    ['20171225999999', true],
    ['20171226', false],
    ['20171226003912', false],
    ['', true],
  ])('%j sorts before "20171226": %s', (buildId, expected) => {
    expect(conditionMatches({ key: 'BuildID', lessThan: '20171226' }, { BuildID: buildId })).toBe(
      expected,
    );
  });
});
