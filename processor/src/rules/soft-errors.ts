/** SoftErrorsRule: problems the stack walker worked around. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { readPath } from '../values/json-object.js';
import { formatSortedJson } from '../values/sorted-json.js';

const MAX_SOFT_ERRORS_LENGTH = 4096;

/**
 * Reads `json_dump.soft_errors` (what the stack walker could not read but worked around: a
 * broken stream, a missing memory region); writes `soft_errors` (protected) as JSON text cut
 * to 4,096 characters, or null when there are none, so such dumps can be searched. §1.2 rule 47.
 */
export const softErrorsRule: ProcessorRule = {
  name: 'SoftErrorsRule',
  description:
    'Writes soft_errors: the stack walker soft errors as JSON text, cut to 4,096 characters.',
  writes: ['soft_errors'],
  action({ processedCrash }) {
    const softErrors = readPath(processedCrash, 'json_dump.soft_errors', null);
    processedCrash.soft_errors =
      softErrors === null || (Array.isArray(softErrors) && softErrors.length === 0)
        ? null
        : formatSortedJson(softErrors).slice(0, MAX_SOFT_ERRORS_LENGTH);
  },
};
