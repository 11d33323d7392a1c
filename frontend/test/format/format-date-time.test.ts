import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRelativeTime } from '../../src/format/format-date-time';

describe('formatDateTime', () => {
  it('shows UTC to the second, whatever the zone of the input', () => {
    expect(formatDateTime('2024-01-31T13:45:00.123Z')).toBe('2024-01-31 13:45:00');
    expect(formatDateTime('2024-01-31T23:30:00-02:00')).toBe('2024-02-01 01:30:00');
    expect(formatDate('2024-01-31T23:30:00-02:00')).toBe('2024-02-01');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDateTime('soon')).toBe('soon');
    expect(formatDate('soon')).toBe('soon');
  });

  it('says how long ago a date is in its largest unit', () => {
    const now = new Date('2024-03-01T00:00:00Z');
    expect(formatRelativeTime('2024-02-27T00:00:00Z', now)).toBe('3 days ago');
    expect(formatRelativeTime('2024-05-31T00:00:00Z', now)).toBe('in 3 months');
    expect(formatRelativeTime('2024-02-29T23:59:30Z', now)).toBe('30 seconds ago');
  });
});
