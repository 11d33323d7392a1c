import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatPercentChange,
  formatPercentValue,
} from '../../src/format/format-percent';

describe('formatPercent', () => {
  it('gives two decimals of the share', () => {
    expect(formatPercent(1, 3)).toBe('33.33 %');
    expect(formatPercentValue(12.3456)).toBe('12.35 %');
  });

  it('gives a dash when there is nothing to share', () => {
    expect(formatPercent(0, 0)).toBe('—');
  });

  it('signs changes in percentage points, and shows no sign for no change', () => {
    expect(formatPercentChange(1.5)).toBe('+1.50');
    expect(formatPercentChange(-0.25)).toBe('−0.25');
    expect(formatPercentChange(-0.001)).toBe('0.00');
  });
});
