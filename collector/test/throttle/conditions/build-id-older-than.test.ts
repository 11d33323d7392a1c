import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('buildIdOlderThanDays', () => {
  const when = { key: 'BuildID', buildIdOlderThanDays: 730 };
  const now = '2020-05-27T12:00:00Z';
  it.each([
    ['20180528000000', true],
    ['20180529000000', false],
    ['20200527000000', false],
    ['20180528000000\n', true],
    ['2018052800000', false],
    ['20171305000000', false],
    ['20170230000000', false],
    ['abc', false],
  ])('%j is more than 730 days old: %s', (buildId, expected) => {
    expect(conditionMatches(when, { BuildID: buildId }, { now })).toBe(expected);
  });
});
