import { describe, expect, it } from 'vitest';
import { formatFieldValue } from '../../../src/pages/report/format-field-value';

const field = (name: string, queryType = 'integer') => ({ name, queryType });

describe('formatFieldValue', () => {
  it('shows nothing for null, undefined and empty lists', () => {
    expect(formatFieldValue(field('uptime'), null)).toBeNull();
    expect(formatFieldValue(field('uptime'), undefined)).toBeNull();
    expect(formatFieldValue(field('addons', 'string'), [])).toBeNull();
    expect(formatFieldValue(field('addons', 'string'), [null])).toBeNull();
  });

  it('joins lists and shows booleans as Yes/No', () => {
    expect(formatFieldValue(field('addons', 'string'), ['a:1', 'b:2'])).toBe('a:1, b:2');
    expect(formatFieldValue(field('startup_crash', 'bool'), false)).toBe('No');
  });

  it('shows durations, epoch times and byte counts in human units with the raw number', () => {
    expect(formatFieldValue(field('uptime'), 3725)).toBe('1 h 2 min (3725)');
    expect(formatFieldValue(field('install_time'), 0)).toBe('1970-01-01 00:00:00 (0)');
    expect(formatFieldValue(field('total_virtual_memory'), 2048)).toBe('2.0 KiB (2048)');
    expect(formatFieldValue(field('system_memory_use_percentage'), 42)).toBe('42');
    expect(formatFieldValue(field('memory_ghost_windows'), 3)).toBe('3');
  });

  it('shows dates in UTC and other values as text', () => {
    expect(formatFieldValue(field('date', 'date'), '2024-01-31T13:45:00.000Z')).toBe(
      '2024-01-31 13:45:00',
    );
    expect(formatFieldValue(field('build_id'), 20240131134500)).toBe('20240131134500');
    expect(formatFieldValue(field('signature', 'string'), 'A | B')).toBe('A | B');
  });
});
