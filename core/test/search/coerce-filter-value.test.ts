import { describe, expect, it } from 'vitest';
import { findField } from '../../src/fields/field-catalog.js';
import { coerceFilterValue } from '../../src/search/coerce-filter-value.js';
import { SearchParameterError } from '../../src/search/search-errors.js';

const coerce = (field: string, value: string | number | boolean) =>
  coerceFilterValue(findField(field)!, value);

describe('coerceFilterValue', () => {
  it('reads integers as Python would', () => {
    expect([' 12 ', '+7', '1_000', 5].map((value) => coerce('uptime', value))).toEqual([
      12, 7, 1000, 5,
    ]);
  });

  it('reads finite floats', () => {
    expect(coerce('uptime_ts', '1.5e1')).toBe(15);
  });

  it('reads any word but true, t, 1, y and yes as false for booleans', () => {
    expect(
      ['YES', 't', '1', 'true', 'no', 'maybe', ''].map((value) => coerce('startup_crash', value)),
    ).toEqual([true, true, true, true, false, false, false]);
  });

  it('reads dates into epoch milliseconds', () => {
    expect(coerce('date', '2024-03-01')).toBe(Date.UTC(2024, 2, 1));
  });

  it.each([
    ['uptime', 'ten', 'int'],
    ['uptime', 1.5, 'int'],
    ['uptime_ts', 'inf', 'float'],
    ['date', 'soon', 'datetime'],
  ] as const)('refuses %s = %j with the reference message', (field, value, type) => {
    expect.assertions(2);
    try {
      coerce(field, value);
    } catch (error) {
      expect(error).toBeInstanceOf(SearchParameterError);
      expect((error as Error).message).toBe(
        `Bad value for parameter ${field}: not a valid ${type}`,
      );
    }
  });
});
