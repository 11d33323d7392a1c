import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSearchDate, parseSearchDate } from '../../src/search/search-dates.js';

describe('parseSearchDate', () => {
  it.each([
    ['2024-01-31', Date.UTC(2024, 0, 31)],
    ['2024-01-31T12:30', Date.UTC(2024, 0, 31, 12, 30)],
    ['2024-01-31 12:30:15.123456', Date.UTC(2024, 0, 31, 12, 30, 15, 123)],
    ['2024-01-31T12:30:15+02:00', Date.UTC(2024, 0, 31, 10, 30, 15)],
    ['2024-01-31T12:30:15-0130', Date.UTC(2024, 0, 31, 14, 0, 15)],
    ['2024-01-31T12:30:15Z', Date.UTC(2024, 0, 31, 12, 30, 15)],
  ])('reads %s', (text, expected) => {
    expect(parseSearchDate(text)).toBe(expected);
  });

  it.each(['2024-02-30', '2024-13-01', '2024-01-01T24:00', 'yesterday', '', '20240101'])(
    'refuses %s',
    (text) => {
      expect(parseSearchDate(text)).toBeUndefined();
    },
  );

  it('reads back what it writes (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          expect(parseSearchDate(formatSearchDate(date.getTime()))).toBe(date.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });
});
