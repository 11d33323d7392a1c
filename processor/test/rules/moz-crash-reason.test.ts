import { describe, expect, it } from 'vitest';
import { mozCrashReasonRule } from '../../src/rules/moz-crash-reason.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('MozCrashReasonRule', () => {
  it('does not apply without a reason', async () => {
    expect((await runRule(mozCrashReasonRule, { rawCrash: { MozCrashReason: '' } })).applied).toBe(
      false,
    );
  });

  it.each([
    ['MOZ_CRASH(out of memory)', 'MOZ_CRASH(out of memory)'],
    ['Failed to load module "C:\\Users\\me\\x.dll"', 'sanitized--see moz_crash_reason_raw'],
    ['byte index 4 is out of bounds of `secret`', 'sanitized--see moz_crash_reason_raw'],
    ['do not use eval with system privileges: about:x', 'sanitized--see moz_crash_reason_raw'],
  ])('%j → %j, keeping the raw reason', async (reason, publicReason) => {
    const run = await runRule(mozCrashReasonRule, { rawCrash: { MozCrashReason: reason } });
    expect(run.processedCrash).toEqual({
      moz_crash_reason_raw: reason,
      moz_crash_reason: publicReason,
    });
  });
});
