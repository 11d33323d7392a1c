import { describe, expect, it } from 'vitest';
import { assignCrashId, isStageSubmitter } from '../src/crash-id-assignment.js';
import type { SubmissionRejection } from '../src/submission-rejection.js';

const receivedAt = new Date('2024-03-05T23:59:59Z');
const codeOf = (action: () => unknown) => {
  try {
    return action();
  } catch (error) {
    return (error as SubmissionRejection).code;
  }
};

describe('isStageSubmitter', () => {
  it.each([
    ['Bearer 123', '123', true],
    ['bearer 123', '123', false],
    ['Bearer  123', '123', false],
    ['Bearer 1234', '123', false],
    [undefined, '123', false],
    ['Bearer ', '', false],
  ])('%j with token %j: %s', (header, token, expected) => {
    expect(isStageSubmitter(header, token)).toBe(expected);
  });
});

describe('assignCrashId', () => {
  it('makes a new id with the throttle digit and the UTC date', () => {
    const id = assignCrashId({}, { result: 'DEFER', receivedAt, isStageSubmitter: false });
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{5}1240305$/,
    );
  });

  it('uses a client uuid as it is, only for the stage submitter, and only when valid', () => {
    const uuid = 'de1bb258-cbbf-4589-a673-34f800160918';
    const options = { result: 'ACCEPT' as const, receivedAt };
    expect(assignCrashId({ uuid }, { ...options, isStageSubmitter: true })).toBe(uuid);
    expect(codeOf(() => assignCrashId({ uuid }, { ...options, isStageSubmitter: false }))).toBe(
      'unauthorized_uuid',
    );
    expect(
      codeOf(() => assignCrashId({ uuid: `${uuid}\n` }, { ...options, isStageSubmitter: true })),
    ).toBe('malformed_invalid_uuid');
    expect(codeOf(() => assignCrashId({ uuid: 12 }, { ...options, isStageSubmitter: true }))).toBe(
      'malformed_invalid_uuid',
    );
  });
});
