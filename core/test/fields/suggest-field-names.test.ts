import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG } from '../../src/fields/field-catalog.js';
import { suggestFieldNames } from '../../src/fields/suggest-field-names.js';

const names = [...FIELD_CATALOG.keys()];

describe('suggestFieldNames', () => {
  it('suggests the field a typo was meant to be', () => {
    expect(suggestFieldNames('prodcut', names)[0]).toBe('product');
    expect(suggestFieldNames('signatur', names)[0]).toBe('signature');
  });

  it('suggests fields whose name contains the input', () => {
    expect(suggestFieldNames('android_cpu', names).slice(0, 2)).toEqual([
      'android_cpu_abi',
      'android_cpu_abi2',
    ]);
  });

  it('suggests nothing for input unlike any field', () => {
    expect(suggestFieldNames('zzzzzzzz', names)).toEqual([]);
  });

  it('returns at most the requested number of suggestions', () => {
    expect(suggestFieldNames('memory', names, 2)).toHaveLength(2);
  });
});
