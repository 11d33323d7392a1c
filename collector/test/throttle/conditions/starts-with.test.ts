import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('startsWith', () => {
  it.each([
    ['nightly', true],
    ['nightlyfoo', true],
    ['Nightly', false],
  ])('%s starts with "nightly": %s', (channel, expected) => {
    expect(
      conditionMatches(
        { key: 'ReleaseChannel', startsWith: 'nightly' },
        { ReleaseChannel: channel },
      ),
    ).toBe(expected);
  });
  it('accepts a list of prefixes', () => {
    const when = { key: 'Version', startsWith: ['52.', '53.'] };
    expect([
      conditionMatches(when, { Version: '53.0.1' }),
      conditionMatches(when, { Version: '5.3' }),
    ]).toEqual([true, false]);
  });
});
