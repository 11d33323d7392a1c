import { describe, expect, it } from 'vitest';
import {
  crashIdDate,
  createCrashId,
  hasCrashIdShape,
  isValidCrashId,
  parseCrashIdReference,
} from '../src/crash-id.js';

const ZEROS = () => new Uint8Array(16);

describe('createCrashId', () => {
  it('ends with the throttle digit and the UTC date of receipt', () => {
    const id = createCrashId(new Date('2016-09-18T23:59:59Z'), 0);
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{5}0160918$/,
    );
  });

  it('uses the UTC date, not the local one', () => {
    // 23:30 on the 1st at UTC-5 is already the 2nd in UTC.
    expect(createCrashId(new Date('2024-03-01T23:30:00-05:00'), 0, ZEROS).slice(-6)).toBe('240302');
  });

  it('keeps the version and variant nibbles whatever the random bytes', () => {
    const id = createCrashId(new Date('2024-01-02T00:00:00Z'), 3, () =>
      new Uint8Array(16).fill(0xff),
    );
    expect(id).toBe('ffffffff-ffff-4fff-bfff-fffff3240102');
  });

  it('refuses a throttle digit outside 0-9', () => {
    expect(() => createCrashId(new Date(), 10)).toThrow(RangeError);
  });
});

describe('isValidCrashId', () => {
  it.each([
    ['de1bb258-cbbf-4589-a673-34f800160918', true],
    ['de1bb258-cbbf-4589-a673-34f801160918', true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['de1bb258-cbbf-4589-a673-34f802160918', false], // REJECT digit never reaches storage
    ['DE1BB258-CBBF-4589-A673-34F800160918', false], // uppercase
    ['de1bb258-cbbf-4589-a673-34f80016091', false], // short
    ['de1bb258-cbbf-4589-a673-34f8001609xx', false],
  ])('%s → %s', (id, valid) => {
    expect(isValidCrashId(id)).toBe(valid);
  });

  it('accepts the shape with any digit in hasCrashIdShape', () => {
    expect(hasCrashIdShape('de1bb258-cbbf-4589-a673-34f802160918')).toBe(true);
  });
});

describe('crashIdDate', () => {
  it('reads the storage date from the last six characters', () => {
    expect(crashIdDate('de1bb258-cbbf-4589-a673-34f800160918')).toBe('20160918');
  });

  it('refuses text that is not a crash id with INVALID_CRASH_ID', () => {
    expect(() => crashIdDate('../../etc/passwd')).toThrow(
      expect.objectContaining({ code: 'INVALID_CRASH_ID' }),
    );
  });
});

describe('parseCrashIdReference', () => {
  const id = 'de1bb258-cbbf-4589-a673-34f800160918';
  it.each([
    [id, id],
    [`bp-${id}`, id],
    [`  BP-${id.toUpperCase()}  `, id],
    [`https://crash-stats.example.org/report/index/${id}`, id],
    [`https://crash-stats.example.org/report/index/${id}?tab=details`, id],
    ['not a crash', undefined],
    [`${id}0`, undefined],
  ])('%s', (text, expected) => {
    expect(parseCrashIdReference(text)).toBe(expected);
  });
});
