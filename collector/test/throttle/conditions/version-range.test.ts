import { describe, expect, it } from 'vitest';
import { compileError, conditionMatches } from '../condition-harness.js';

describe('versionRange', () => {
  const when = { key: 'Version', versionRange: { atLeast: '52', below: '60' } };
  it.each([
    ['51.0', false],
    ['52.0', true],
    ['57.0.2', true],
    ['59.9b3', true],
    ['60.0a1', false],
    ['esr', false],
  ])('%s is in [52, 60): %s', (version, expected) => {
    expect(conditionMatches(when, { Version: version })).toBe(expected);
  });
  it('needs at least one bound', () => {
    expect(compileError({ key: 'Version', versionRange: {} })).toContain(
      'needs `atLeast` or `below`',
    );
  });
});
