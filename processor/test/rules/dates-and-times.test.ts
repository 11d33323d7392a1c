import { describe, expect, it } from 'vitest';
import { datesAndTimesRule } from '../../src/rules/dates-and-times.js';
import { runRule } from '../fixtures/rule-harness.js';

const SUBMITTED = '2024-01-02T03:04:05.123456+00:00';
const SUBMITTED_EPOCH = 1704164645;

const run = (rawCrash: Record<string, unknown>, processedCrash: Record<string, unknown> = {}) =>
  runRule(datesAndTimesRule, {
    rawCrash: { submitted_timestamp: SUBMITTED, ...rawCrash },
    processedCrash,
  });

describe('DatesAndTimesRule', () => {
  it('dates the crash by its collection time and computes the ages', async () => {
    const result = await run(
      { CrashTime: '1704164600', InstallTime: '1704000000', SecondsSinceLastCrash: '3600' },
      { startup_time: 1704164000 },
    );
    expect(result.processedCrash).toEqual({
      startup_time: 1704164000,
      submitted_timestamp: SUBMITTED,
      date_processed: SUBMITTED,
      crash_time: 1704164600,
      client_crash_date: '2024-01-02T03:03:20+00:00',
      install_age: 164600,
      uptime: 600,
      last_crash: 3600,
    });
    expect(result.notes).toEqual([]);
  });

  it('uses the collection time when the crash time is missing', async () => {
    const result = await run({});
    expect(result.processedCrash).toMatchObject({
      crash_time: SUBMITTED_EPOCH,
      install_age: 0,
      uptime: 0,
      last_crash: null,
    });
    expect(result.notes).toEqual([
      'WARNING: raw_crash missing CrashTime',
      'client_crash_date is unknown',
    ]);
  });

  it('reads only the first 10 characters of the crash time and 0 when unreadable', async () => {
    expect((await run({ CrashTime: '17041646009999' })).processedCrash.crash_time).toBe(1704164600);
    const garbage = await run({ CrashTime: 'yesterday' });
    expect(garbage.processedCrash.crash_time).toBe(0);
    expect(garbage.notes).toContain('non-integer value of "CrashTime"');
  });

  it('never reports a negative uptime', async () => {
    const result = await run({ CrashTime: '100' }, { startup_time: 200 });
    expect(result.processedCrash.uptime).toBe(0);
  });

  it.each([
    ['abc', 'non-integer value of "SecondsSinceLastCrash"'],
    ['99999999999999999999', '"SecondsSinceLastCrash" larger than MAXINT - set to NULL'],
  ])('sets last_crash to null for %j with a note', async (value, note) => {
    const result = await run({ CrashTime: '1704164600', SecondsSinceLastCrash: value });
    expect(result.processedCrash.last_crash).toBeNull();
    expect(result.notes).toContain(note);
  });

  it('notes an unreadable install time and counts from 0', async () => {
    const result = await run({ CrashTime: '1704164600', InstallTime: 'never' });
    expect(result.processedCrash.install_age).toBe(1704164600);
    expect(result.notes).toContain('non-integer value of "InstallTime"');
  });

  it('dates a crash without a readable collection time by its processing start', async () => {
    const result = await runRule(datesAndTimesRule, {
      rawCrash: { submitted_timestamp: 'not a date', CrashTime: '1704164600' },
      processedCrash: { started_datetime: '2024-02-03T00:00:00+00:00' },
    });
    expect(result.processedCrash.date_processed).toBe('2024-02-03T00:00:00+00:00');
    expect(result.notes[0]).toBe(
      'WARNING: raw_crash missing submitted_timestamp; using the processing time',
    );
  });
});

describe('DatesAndTimesRule on a crash time that is not text', () => {
  it('notes it and uses the collection time instead', async () => {
    const result = await runRule(datesAndTimesRule, {
      rawCrash: { submitted_timestamp: SUBMITTED, CrashTime: -8640000000001 },
    });
    expect(result.processedCrash.crash_time).toBe(SUBMITTED_EPOCH);
    expect(result.notes).toContain('WARNING: raw_crash[CrashTime] contains unexpected value');
  });
});
