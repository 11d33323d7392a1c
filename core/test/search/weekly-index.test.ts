import { describe, expect, it } from 'vitest';
import {
  retentionCutoff,
  weeklyIndexPeriodEnd,
  weeklyIndexSuffix,
  weeklyIndexSuffixes,
} from '../../src/search/weekly-index.js';

const at = (text: string) => Date.parse(text);

describe('weekly index periods', () => {
  it.each([
    ['2024-01-01T00:00:00Z', '202401'], // a Monday: week 1 starts on the first Monday
    ['2024-03-13T12:00:00Z', '202411'],
    ['2023-01-01T12:00:00Z', '202300'], // a Sunday before the year's first Monday
    ['2023-01-02T00:00:00Z', '202301'],
    ['2024-12-31T23:59:59Z', '202453'],
    ['2025-01-01T00:00:00Z', '202500'],
  ])('%s is in period %s (strftime %%Y%%W)', (date, suffix) => {
    expect(weeklyIndexSuffix(at(date))).toBe(suffix);
  });

  it('ends a period at the next Monday or the next New Year, whichever is first', () => {
    expect(new Date(weeklyIndexPeriodEnd(at('2024-03-13T12:00:00Z'))).toISOString()).toBe(
      '2024-03-18T00:00:00.000Z',
    );
    expect(new Date(weeklyIndexPeriodEnd(at('2024-12-31T10:00:00Z'))).toISOString()).toBe(
      '2025-01-01T00:00:00.000Z',
    );
    expect(new Date(weeklyIndexPeriodEnd(at('2025-01-01T10:00:00Z'))).toISOString()).toBe(
      '2025-01-06T00:00:00.000Z',
    );
  });

  it('lists every period a range touches, including a range ending early in its last day', () => {
    expect(weeklyIndexSuffixes(at('2024-12-30T12:00:00Z'), at('2025-01-06T01:00:00Z'))).toEqual([
      '202453',
      '202500',
      '202501',
    ]);
  });

  it('cuts retention at the end of the period holding now minus the retention', () => {
    expect(new Date(retentionCutoff(at('2024-03-13T12:00:00Z'), 26)).toISOString()).toBe(
      '2023-09-18T00:00:00.000Z',
    );
  });
});
