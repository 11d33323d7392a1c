import { describe, expect, it } from 'vitest';
import { badHardwareRule } from '../../../src/signature/rules/bad-hardware.js';
import { runRule } from '../signature-fixtures.js';

describe('BadHardware', () => {
  it.each([
    ['EXCEPTION_IN_PAGE_ERROR_READ / STATUS_DEVICE_DATA_ERROR', true],
    ['EXCEPTION_ACCESS_VIOLATION_READ', false],
    ['', false],
  ])('applies to reason %j: %s', (reason, applies) => {
    expect(runRule(badHardwareRule, { reason }).applied).toBe(applies);
  });

  it('prepends "bad hardware"', () => {
    const { result } = runRule(badHardwareRule, { reason: 'X / STATUS_DEVICE_DATA_ERROR' });
    expect(result.signature).toBe('bad hardware | hello');
  });
});
