import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('oneOf', () => {
  it.each([
    ['beta', true],
    ['esr', true],
    ['release', false],
    ['Beta', false],
  ])('%s is in [aurora, beta, esr]: %s', (channel, expected) => {
    const when = { key: 'ReleaseChannel', oneOf: ['aurora', 'beta', 'esr'] };
    expect(conditionMatches(when, { ReleaseChannel: channel })).toBe(expected);
  });
});
