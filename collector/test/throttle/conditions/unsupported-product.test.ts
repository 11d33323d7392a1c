import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('unsupportedProduct', () => {
  it.each([
    [{ ProductName: 'Firefox' }, false],
    [{ ProductName: 'firefox' }, true],
    [{ ProductName: null }, true],
    [{}, true],
  ])('with products [Firefox, Fenix], %j is unsupported: %s', (annotations, expected) => {
    expect(conditionMatches({ unsupportedProduct: true }, annotations)).toBe(expected);
  });
  it('supports every product when the list is empty', () => {
    expect(
      conditionMatches(
        { unsupportedProduct: true },
        { ProductName: 'X' },
        { lists: { products: [] } },
      ),
    ).toBe(false);
  });
});
