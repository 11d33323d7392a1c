import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/format/format-count';

describe('formatCount', () => {
  it('groups thousands with commas and drops fractions', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(2.6)).toBe('3');
  });
});
