/** HasGuardPageAccessRule: did the crash touch a guard page? */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { isJsonObject, readPath } from '../values/json-object.js';

/**
 * Reads `json_dump.crash_info.memory_accesses[].is_likely_guard_page`; writes
 * `has_guard_page_access` (protected) = true when some access of the crashing instruction hit
 * a likely guard page (a sign of a buffer overflow). Nothing is written otherwise. §1.2 rule 18.
 */
export const hasGuardPageAccessRule: ProcessorRule = {
  name: 'HasGuardPageAccessRule',
  description:
    'Sets has_guard_page_access when the crashing instruction accessed a likely guard page (buffer overflows).',
  writes: ['has_guard_page_access'],
  action({ processedCrash }) {
    const accesses = readPath(processedCrash, 'json_dump.crash_info.memory_accesses', null);
    if (!Array.isArray(accesses)) return;
    if (accesses.some((access) => isJsonObject(access) && access.is_likely_guard_page === true)) {
      processedCrash.has_guard_page_access = true;
    }
  },
};
