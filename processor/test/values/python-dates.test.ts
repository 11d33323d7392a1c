import { describe, expect, it } from 'vitest';
import {
  formatPythonIsoUtc,
  formatPythonUtc,
  parseIsoTimestampSeconds,
} from '../../src/values/python-dates.js';

describe('formatPythonIsoUtc', () => {
  it('writes microseconds only when there are some, as Python does', () => {
    expect(formatPythonIsoUtc(new Date('2024-01-02T03:04:05.000Z'))).toBe(
      '2024-01-02T03:04:05+00:00',
    );
    expect(formatPythonIsoUtc(new Date('2024-01-02T03:04:05.120Z'))).toBe(
      '2024-01-02T03:04:05.120000+00:00',
    );
    expect(formatPythonUtc(new Date('2024-01-02T03:04:05.120Z'))).toBe(
      '2024-01-02 03:04:05.120000+00:00',
    );
  });
});

describe('parseIsoTimestampSeconds', () => {
  it.each([
    ['2024-01-02T03:04:05+00:00', 1704164645],
    ['2024-01-02T03:04:05.5+00:00', 1704164645.5],
    ['2024-01-02T03:04:05.123456Z', 1704164645.123456],
    ['2024-01-02T05:04:05+02:00', 1704164645],
    ['2024-01-02 03:04:05', 1704164645],
    ['2024-01-02', 1704153600],
  ])('reads %s', (text, seconds) => {
    expect(parseIsoTimestampSeconds(text)).toBeCloseTo(seconds, 6);
  });

  it.each([
    '',
    'yesterday',
    '2024-02-30T00:00:00',
    '2024-13-01',
    '0050-01-01T00:00:00',
    '2024-01-02T25:00:00',
  ])('refuses %j', (text) => {
    expect(parseIsoTimestampSeconds(text)).toBeUndefined();
  });
});
