import { describe, expect, it } from 'vitest';
import { createFixedClock } from '@cairn/core';
import {
  formatSubmittedTimestamp,
  parseIsoTimestamp,
  readSubmissionTime,
} from '../src/submission-time.js';

describe('formatSubmittedTimestamp', () => {
  it('writes six fractional digits, or none on a whole second, always with +00:00', () => {
    const at = (micros: bigint) =>
      formatSubmittedTimestamp(
        readSubmissionTime({ now: () => new Date(), nowMicroseconds: () => micros }),
      );
    expect(at(1782907200123456n)).toBe('2026-07-01T12:00:00.123456+00:00');
    expect(at(1782907200000001n)).toBe('2026-07-01T12:00:00.000001+00:00');
    expect(at(1315267200000000n)).toBe('2011-09-06T00:00:00+00:00');
  });

  it('pads a millisecond clock with zeros', () => {
    const time = readSubmissionTime(createFixedClock(new Date('2024-01-02T03:04:05.678Z')));
    expect(formatSubmittedTimestamp(time)).toBe('2024-01-02T03:04:05.678000+00:00');
  });
});

describe('parseIsoTimestamp', () => {
  it.each([
    ['2011-09-06T00:00:00+00:00', 1315267200],
    ['2011-09-06T00:00:00', 1315267200],
    ['2011-09-06T02:00:00+02:00', 1315267200],
    ['2011-09-06T00:00:00.5Z', 1315267200.5],
    ['2011-09-06', 1315267200],
  ])('reads %s', (text, seconds) => {
    expect(parseIsoTimestamp(text)).toBe(seconds);
  });
  it.each(['foo', '2011-02-30T00:00:00', '2011-09-06T24:00:00'])('refuses %s', (text) => {
    expect(parseIsoTimestamp(text)).toBeUndefined();
  });
});
