import { describe, expect, it } from 'vitest';
import { compileError, conditionMatches } from '../condition-harness.js';

describe('matches', () => {
  it('tests a regular expression against the value', () => {
    const when = { key: 'BuildID', matches: '^20\\d{12}$' };
    expect(conditionMatches(when, { BuildID: '20240101000000' })).toBe(true);
    expect(conditionMatches(when, { BuildID: '2024010100000' })).toBe(false);
  });
  it('reports an invalid expression with its place in the file', () => {
    expect(compileError({ key: 'A', matches: '(' })).toMatch(
      /^rules\.yaml: rules\[0\] \(r\)\.when\.matches: invalid regular expression "\("/,
    );
  });
});
