import { describe, expect, it } from 'vitest';
import {
  applyDateShortcut,
  DATE_SHORTCUTS,
  toUrlDate,
} from '../../../src/pages/search/date-shortcuts';

const now = new Date('2024-03-31T12:34:56.789Z');
const shortcut = (label: string) => DATE_SHORTCUTS.find((entry) => entry.label === label)!;

describe('applyDateShortcut', () => {
  it('ends now (exclusive) and starts the given number of days before (inclusive)', () => {
    expect(applyDateShortcut(shortcut('24 hours'), now)).toEqual({
      dateFrom: { value: '2024-03-30T12:34:56', inclusive: true },
      dateTo: { value: '2024-03-31T12:34:56', inclusive: false },
    });
    expect(applyDateShortcut(shortcut('7 days'), now).dateFrom.value).toBe('2024-03-24T12:34:56');
  });

  it('counts months on the calendar', () => {
    expect(applyDateShortcut(shortcut('1 month'), now).dateFrom.value).toBe('2024-03-02T12:34:56');
    expect(
      applyDateShortcut(shortcut('6 months'), new Date('2024-08-15T00:00:00Z')).dateFrom.value,
    ).toBe('2024-02-15T00:00:00');
  });

  it('offers the reference shortcuts in order', () => {
    expect(DATE_SHORTCUTS.map((entry) => entry.label)).toEqual([
      '24 hours',
      '3 days',
      '7 days',
      '14 days',
      '1 month',
      '3 months',
      '6 months',
    ]);
  });
});

describe('toUrlDate', () => {
  it('writes UTC to the second', () => {
    expect(toUrlDate(now)).toBe('2024-03-31T12:34:56');
  });
});
