import { describe, expect, it } from 'vitest';
import type { CronJob } from '../../src/cron/cron-job.js';
import {
  isJobDue,
  listRunTimes,
  nextRunAfterFailure,
  nextRunAfterSuccess,
  parseFrequency,
  parseTimeOfDay,
} from '../../src/cron/schedule.js';

const at = (iso: string) => new Date(iso);
const job = (schedule: Partial<CronJob>): CronJob => ({
  name: 'test',
  description: 'a test job',
  frequency: '1h',
  backfill: false,
  run: async () => 'done',
  ...schedule,
});
const NOW = at('2024-03-13T12:00:00.000Z');

describe('parseFrequency', () => {
  it.each([
    ['1d', 86_400_000],
    ['2h', 7_200_000],
    ['3m', 180_000],
    ['7d', 604_800_000],
  ])('reads %s', (text, ms) => {
    expect(parseFrequency(text)).toBe(ms);
  });

  it.each(['1t', '', '0h', 'h', '1.5h', '-1d'])('refuses %j', (text) => {
    expect(() => parseFrequency(text)).toThrow(/Not a job frequency/);
  });
});

describe('parseTimeOfDay', () => {
  it.each([
    ['00:00', { hours: 0, minutes: 0 }],
    ['12:00', { hours: 12, minutes: 0 }],
    ['23:59', { hours: 23, minutes: 59 }],
  ])('reads %s', (text, expected) => {
    expect(parseTimeOfDay(text)).toEqual(expected);
  });

  it.each(['', '000:000', '23:69', '24:00', '5:00'])('refuses %j', (text) => {
    expect(() => parseTimeOfDay(text)).toThrow(/Not a time of day/);
  });
});

describe('isJobDue', () => {
  const never = { nextRunAt: undefined, lastSuccessAt: undefined };

  it('runs a job that never ran and has no time of day at once', () => {
    expect(isJobDue(job({}), never, NOW)).toBe(true);
  });

  it('waits for the time of day before the first run', () => {
    expect(isJobDue(job({ timeOfDay: '13:01' }), never, NOW)).toBe(false);
    expect(isJobDue(job({ timeOfDay: '11:59' }), never, NOW)).toBe(true);
    expect(isJobDue(job({ timeOfDay: '12:00' }), never, NOW)).toBe(true);
  });

  it('runs once the next run time is reached, whatever the time of day', () => {
    const state = { nextRunAt: at('2024-03-13T11:55:00Z'), lastSuccessAt: undefined };
    expect(isJobDue(job({ timeOfDay: '23:00' }), state, NOW)).toBe(true);
    const later = { nextRunAt: at('2024-03-13T12:00:01Z'), lastSuccessAt: undefined };
    expect(isJobDue(job({}), later, NOW)).toBe(false);
  });
});

describe('listRunTimes', () => {
  it('runs a job that is not a backfill job once, now', () => {
    expect(listRunTimes(job({}), at('2024-03-10T00:00:00Z'), NOW)).toEqual([NOW]);
  });

  it('runs a backfill job that never succeeded once, now', () => {
    expect(listRunTimes(job({ backfill: true }), undefined, NOW)).toEqual([NOW]);
  });

  it('runs a backfill job that never succeeded at the last passing of its time of day', () => {
    const daily = job({ backfill: true, frequency: '1d', timeOfDay: '04:00' });
    expect(listRunTimes(daily, undefined, NOW)).toEqual([at('2024-03-13T04:00:00Z')]);
    expect(listRunTimes(daily, undefined, at('2024-03-13T03:00:00Z'))).toEqual([
      at('2024-03-12T04:00:00Z'),
    ]);
  });

  it('runs the one slot due when the last success was one period ago', () => {
    const hourly = job({ backfill: true });
    expect(listRunTimes(hourly, at('2024-03-13T11:00:00Z'), NOW)).toEqual([NOW]);
  });

  it('runs every missed slot, oldest first, when the last success was three periods ago', () => {
    const hourly = job({ backfill: true });
    expect(listRunTimes(hourly, at('2024-03-13T09:00:00Z'), NOW)).toEqual([
      at('2024-03-13T10:00:00Z'),
      at('2024-03-13T11:00:00Z'),
      at('2024-03-13T12:00:00Z'),
    ]);
  });

  it('snaps the slots of a job with a time of day to that time', () => {
    const daily = job({ backfill: true, frequency: '1d', timeOfDay: '10:30' });
    expect(listRunTimes(daily, at('2024-03-12T12:00:00Z'), NOW)).toEqual([
      at('2024-03-13T10:30:00Z'),
    ]);
    expect(listRunTimes(daily, at('2024-03-10T10:30:00Z'), NOW)).toEqual([
      at('2024-03-11T10:30:00Z'),
      at('2024-03-12T10:30:00Z'),
      at('2024-03-13T10:30:00Z'),
    ]);
  });

  it('has no slot when the next one is still in the future', () => {
    const hourly = job({ backfill: true });
    expect(listRunTimes(hourly, at('2024-03-13T11:30:00Z'), NOW)).toEqual([]);
  });
});

describe('next runs', () => {
  it('schedules the next run one period after a success', () => {
    expect(nextRunAfterSuccess(job({ frequency: '1h' }), at('2024-03-13T12:03:07Z'))).toEqual(
      at('2024-03-13T13:03:07Z'),
    );
  });

  it('snaps the next run after a success to the time of day', () => {
    const weekly = job({ frequency: '7d', timeOfDay: '05:00' });
    expect(nextRunAfterSuccess(weekly, at('2024-03-13T05:04:59Z'))).toEqual(
      at('2024-03-20T05:00:00Z'),
    );
  });

  it('retries a failed job one minute later', () => {
    expect(nextRunAfterFailure(NOW)).toEqual(at('2024-03-13T12:01:00Z'));
  });
});
