/** DeNoneRule: drops raw crash keys whose value is null. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads and rewrites the raw crash: deletes keys whose value is null, which only a buggy crash
 * reporter sends, so later rules can treat "present" as "has a value". §1.2 rule 2.
 */
export const deNoneRule: ProcessorRule = {
  name: 'DeNoneRule',
  description: 'Removes raw crash keys whose value is null.',
  writes: [],
  action({ rawCrash }) {
    for (const [key, value] of Object.entries(rawCrash)) {
      if (value === null) delete rawCrash[key];
    }
  },
};
