/** ReportTypeRule: a crash or a hang? */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { PythonError } from '../signature/python/python-error.js';
import { pythonInt } from '../signature/python/python-int.js';
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
  const thread = isJsonObject(crashInfo) ? crashingThreadIndex(crashInfo.crashing_thread) : 0;
  return readList(processedCrash, `json_dump.threads.${thread}.frames`).some(
    (frame) =>
      isJsonObject(frame) &&
      typeof frame.function === 'string' &&
      frame.function.includes('RunWatchdog'),
  );
}

/** The crashing thread index as the reference's `int(...)` reads it; 0 when it cannot. */
function crashingThreadIndex(value: unknown): number {
  try {
    const index = pythonInt(value ?? 0);
    return index >= 0n && index <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(index) : 0;
  } catch (error) {
    if (error instanceof PythonError) return 0;
    throw error;
  }
}
