/** MacCrashInfoRule: macOS's own crash information. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { isJsonObject, readPath } from '../values/json-object.js';
import { formatSortedJson } from '../values/sorted-json.js';

/**
 * Reads `json_dump.mac_crash_info` (records macOS writes when a process aborts: the abort
 * message, the module, a backtrace); when it has records writes `mac_crash_info` as JSON text
 * with sorted keys (stable across reprocessing); removes a stale value otherwise. §1.2 rule 30.
 */
export const macCrashInfoRule: ProcessorRule = {
  name: 'MacCrashInfoRule',
  description:
    'Writes mac_crash_info: the macOS crash-info records of the stack walker output as sorted JSON text, when there are any.',
  writes: ['mac_crash_info'],
  action({ processedCrash }) {
    delete processedCrash.mac_crash_info;
    const info = readPath(processedCrash, 'json_dump.mac_crash_info', {});
    if (isJsonObject(info) && typeof info.num_records === 'number' && info.num_records > 0) {
      processedCrash.mac_crash_info = formatSortedJson(info);
    }
  },
};
