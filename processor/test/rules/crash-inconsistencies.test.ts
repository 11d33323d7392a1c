import { describe, expect, it } from 'vitest';
import { crashInconsistenciesRule } from '../../src/rules/crash-inconsistencies.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('CrashInconsistenciesRule', () => {
  it('copies the list of inconsistencies', async () => {
    const run = await runRule(crashInconsistenciesRule, {
      processedCrash: {
        json_dump: { crash_info: { crash_inconsistencies: ['CrashingThreadNotFound'] } },
      },
    });
    expect(run.processedCrash.crash_inconsistencies).toEqual(['CrashingThreadNotFound']);
  });

  it('writes null without a list', async () => {
    const run = await runRule(crashInconsistenciesRule, { processedCrash: { json_dump: {} } });
    expect(run.processedCrash.crash_inconsistencies).toBeNull();
  });
});
