import { describe, expect, it } from 'vitest';
import { reportTypeRule } from '../../src/rules/report-type.js';
import { runRule } from '../fixtures/rule-harness.js';

const watchdogDump = (crashing_thread: unknown) => ({
  crash_info: { crashing_thread },
  threads: [
    { frames: [{ function: 'mozilla::(anonymous namespace)::RunWatchdog(void*)' }] },
    { frames: [{ function: 'main' }] },
  ],
});

describe('ReportTypeRule', () => {
  it.each([
    ['an IPC channel error', { ipc_channel_error: 'ShutDownKill' }, 'hang'],
    ['a shutdown timeout', { async_shutdown_timeout: '{}' }, 'hang'],
    ['a watchdog frame on the crashing thread', { json_dump: watchdogDump(0) }, 'hang'],
    [
      'a watchdog frame on thread 0 when the crashing thread is unknown',
      { json_dump: watchdogDump(null) },
      'hang',
    ],
    ['a watchdog frame elsewhere', { json_dump: watchdogDump(1) }, 'crash'],
    ['nothing special', {}, 'crash'],
  ])('%s → %s', async (_case, processedCrash, reportType) => {
    expect((await runRule(reportTypeRule, { processedCrash })).processedCrash.report_type).toBe(
      reportType,
    );
  });
});
