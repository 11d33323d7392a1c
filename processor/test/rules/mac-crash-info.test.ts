import { describe, expect, it } from 'vitest';
import { macCrashInfoRule } from '../../src/rules/mac-crash-info.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('MacCrashInfoRule', () => {
  it('writes the records as JSON text with sorted keys', async () => {
    const info = { records: [{ thread: null, message: 'abort() called' }], num_records: 1 };
    const run = await runRule(macCrashInfoRule, {
      processedCrash: { json_dump: { mac_crash_info: info } },
    });
    expect(run.processedCrash.mac_crash_info).toBe(
      '{"num_records": 1, "records": [{"message": "abort() called", "thread": null}]}',
    );
  });

  it('removes a stale value when the dump has no records', async () => {
    const run = await runRule(macCrashInfoRule, {
      processedCrash: { mac_crash_info: 'old', json_dump: { mac_crash_info: { num_records: 0 } } },
    });
    expect(run.processedCrash).not.toHaveProperty('mac_crash_info');
  });
});
