import { describe, expect, it } from 'vitest';
import { findField } from '../../src/fields/field-catalog.js';
import { BAD_DATA, fixFieldValue } from '../../src/search/fix-field-value.js';

const fix = (field: string, raw: unknown) => fixFieldValue(findField(field)!, raw);

describe('fixFieldValue', () => {
  it('cuts keyword text to 10,000 characters', () => {
    expect((fix('address', 'é'.repeat(10_005)) as string).length).toBe(10_000);
  });

  it('cuts analysed text to 32,766 UTF-8 bytes on a character boundary', () => {
    const fixed = fix('signature', '€'.repeat(11_000)) as string;
    expect(Buffer.byteLength(fixed)).toBe(32_766 - (32_766 % 3));
    expect(fixed.endsWith('€')).toBe(true);
  });

  it('stores BAD DATA for text fields given something else, element by element for lists', () => {
    expect(fix('android_model', 12345)).toBe(BAD_DATA);
    expect(fix('signature', ['a', 'b'])).toBe(BAD_DATA);
    expect(fix('addons', ['a:1', 7])).toEqual(['a:1', BAD_DATA]);
  });

  it('keeps integers in the storage range, reads numeric text, drops fractions', () => {
    expect(fix('uptime', '42')).toBe(42);
    expect(fix('uptime', 42.9)).toBe(42);
    expect(fix('crashing_thread', 2 ** 31)).toBeUndefined();
    expect(fix('cpu_count', 40_000)).toBeUndefined();
    expect(fix('uptime', 'soon')).toBeUndefined();
    expect(fix('uptime', 2 ** 60)).toBeUndefined();
  });

  it('keeps finite doubles only', () => {
    expect(fix('uptime_ts', '1.5')).toBe(1.5);
    expect(fix('uptime_ts', Number.NaN)).toBeUndefined();
    expect(fix('uptime_ts', Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('reads booleans the reference way', () => {
    expect([true, 1, '1', 'true'].map((value) => fix('startup_crash', value))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([false, 0, 'yes', 'True', 2].map((value) => fix('startup_crash', value))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('writes dates as ISO 8601 in UTC and leaves unreadable ones out', () => {
    expect(fix('date', '2024-03-01 12:00:00.123456+02:00')).toBe('2024-03-01T10:00:00.123Z');
    expect(fix('date', 'yesterday')).toBeUndefined();
  });
});
