import { describe, expect, it } from 'vitest';
import { shutDownHangCrashingThreadRule } from '../../src/rules/shutdown-hang-crashing-thread.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('ShutDownHangCrashingThreadRule', () => {
  it('points shutdownhang crashes at thread 0', async () => {
    const run = await runRule(shutDownHangCrashingThreadRule, {
      processedCrash: { signature: 'shutdownhang | NtWaitForAlertByThreadId', crashing_thread: 7 },
    });
    expect(run.processedCrash.crashing_thread).toBe(0);
  });

  it('leaves other crashes alone', async () => {
    const run = await runRule(shutDownHangCrashingThreadRule, {
      processedCrash: { signature: 'hang | x', crashing_thread: 7 },
    });
    expect(run.applied).toBe(false);
  });
});
