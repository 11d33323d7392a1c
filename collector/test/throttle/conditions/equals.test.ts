import { describe, expect, it } from 'vitest';
import { compileError, conditionMatches } from '../condition-harness.js';

describe('equals', () => {
  it.each([
    [{ Throttleable: '0' }, true],
    [{ Throttleable: 0 }, true],
    [{ Throttleable: '00' }, false],
    [{}, false],
  ])('compares Python str() of the value: %j', (annotations, expected) => {
    expect(conditionMatches({ key: 'Throttleable', equals: '0' }, annotations)).toBe(expected);
  });
  it('reads null as "None", as the reference does', () => {
    expect(conditionMatches({ key: 'Version', equals: 'None' }, { Version: null })).toBe(true);
  });
  it('reads a missing annotation as its default, else as ""', () => {
    const when = { key: 'ProcessType', default: 'browser', equals: 'browser' };
    expect(conditionMatches(when, {})).toBe(true);
    expect(conditionMatches({ key: 'ProcessType', equals: '' }, {})).toBe(true);
  });
  it('compares the lower-cased value when asked', () => {
    expect(
      conditionMatches(
        { key: 'ProductName', lowercase: true, equals: 'b2g' },
        { ProductName: 'B2G' },
      ),
    ).toBe(true);
  });
  it('uses the rule key when it has no key of its own', () => {
    expect(conditionMatches({ equals: 'x' }, { K: 'x' }, { key: 'K' })).toBe(true);
  });
  it('takes a string', () => {
    expect(compileError({ key: 'K', equals: 0 })).toContain('`equals` takes a string');
  });
});
