/** CrashInconsistenciesRule: contradictions the stack walker found in the dump. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { readPath } from '../values/json-object.js';

/**
 * Reads `json_dump.crash_info.crash_inconsistencies` (for instance a crash address outside the
 * accessed memory); writes `crash_inconsistencies`, the list, or null when the stack walker
 * gave none, so such crashes can be searched. §1.2 rule 17.
 */
export const crashInconsistenciesRule: ProcessorRule = {
  name: 'CrashInconsistenciesRule',
  description:
    'Copies the inconsistencies the stack walker found in the crash information to crash_inconsistencies.',
  writes: ['crash_inconsistencies'],
  action({ processedCrash }) {
    const found = readPath(processedCrash, 'json_dump.crash_info.crash_inconsistencies', null);
    processedCrash.crash_inconsistencies = Array.isArray(found) ? found : null;
  },
};
