/** CrashingThreadInfoRule: the crashing thread, the crash reason and address. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { isJsonObject, readPath } from '../values/json-object.js';

/**
 * Reads `json_dump.crash_info` and `json_dump.crashing_thread`; writes `crashing_thread` (its
 * index, or null with the note `mdsw did not identify the crashing thread`),
 * `crashing_thread_name`, `reason` (the crash type) and `address`. The address is the
 * stack walker's, except that a null-pointer access reports zero at the original width
 * (`0x00000000` or `0x0000000000000000`) and a non-canonical access reports the adjusted
 * address. §1.2 rule 14, §1.4.
 */
export const crashingThreadInfoRule: ProcessorRule = {
  name: 'CrashingThreadInfoRule',
  description:
    'Writes crashing_thread, crashing_thread_name, reason and address from the stack walker output (zero for null-pointer accesses, the adjusted address for non-canonical ones).',
  writes: ['crashing_thread', 'crashing_thread_name', 'reason', 'address'],
  predicate: ({ processedCrash }) =>
    processedCrash.json_dump !== undefined && processedCrash.json_dump !== null,
  action({ processedCrash, notes }) {
    const crashInfo = readPath(processedCrash, 'json_dump.crash_info', {});
    const info = isJsonObject(crashInfo) ? crashInfo : {};
    const crashingThread = info.crashing_thread ?? null;
    processedCrash.crashing_thread = crashingThread;
    if (crashingThread === null) notes.add('mdsw did not identify the crashing thread');
    processedCrash.crashing_thread_name = readPath(
      processedCrash,
      'json_dump.crashing_thread.thread_name',
      null,
    );
    processedCrash.reason = info.type ?? '';

    let address = info.address ?? null;
    const adjusted = info.adjusted_address;
    if (isJsonObject(adjusted)) {
      if (adjusted.kind === 'null-pointer') {
        address =
          typeof address === 'string' && address.length === 18
            ? '0x0000000000000000'
            : '0x00000000';
      } else if (adjusted.kind === 'non-canonical' && adjusted.address) {
        address = adjusted.address;
      }
    }
    processedCrash.address = address;
  },
};
