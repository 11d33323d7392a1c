/** ReportTypeRule: a crash or a hang? */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { isJsonObject, readList, readPath } from '../values/json-object.js';

/**
 * Reads `ipc_channel_error`, `async_shutdown_timeout` and the crashing thread's frames;
 * writes `report_type` = `hang` when either annotation is present or a crashing-thread frame's
 * function contains `RunWatchdog` (Firefox's shutdown watchdog), else `crash`. Bug 1667997,
 * §1.2 rule 33.
 */
export const reportTypeRule: ProcessorRule = {
  name: 'ReportTypeRule',
  description:
    'Writes report_type: "hang" for IPC channel errors, shutdown timeouts and watchdog stacks, else "crash".',
  writes: ['report_type'],
  action({ processedCrash }) {
    processedCrash.report_type = isHang(processedCrash) ? 'hang' : 'crash';
  },
};

function isHang(processedCrash: Record<string, unknown>): boolean {
  if ('ipc_channel_error' in processedCrash || 'async_shutdown_timeout' in processedCrash) {
    return true;
  }
  if (!('json_dump' in processedCrash)) return false;
  const crashInfo = readPath(processedCrash, 'json_dump.crash_info', null);
  const index = isJsonObject(crashInfo) ? Number(crashInfo.crashing_thread ?? 0) : 0;
  const thread = Number.isInteger(index) && index >= 0 ? index : 0;
  return readList(processedCrash, `json_dump.threads.${thread}.frames`).some(
    (frame) =>
      isJsonObject(frame) &&
      typeof frame.function === 'string' &&
      frame.function.includes('RunWatchdog'),
  );
}
