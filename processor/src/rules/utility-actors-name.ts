/** UtilityActorsNameRule: what a utility process was doing. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStrip } from '../signature/python/python-strings.js';

/**
 * Reads `UtilityActorsName` (comma-separated actors of a utility process: `audio-decoder`,
 * `windows-utils`…); writes `utility_actors_name`, the list of trimmed, non-empty names.
 * Bug 1788681, §1.2 rule 32.
 */
export const utilityActorsNameRule: ProcessorRule = {
  name: 'UtilityActorsNameRule',
  description: 'Splits the comma-separated UtilityActorsName annotation into utility_actors_name.',
  writes: ['utility_actors_name'],
  predicate: ({ rawCrash }) => typeof rawCrash.UtilityActorsName === 'string',
  action({ rawCrash, processedCrash }) {
    processedCrash.utility_actors_name = (rawCrash.UtilityActorsName as string)
      .split(',')
      .map((name) => pythonStrip(name))
      .filter((name) => name !== '');
  },
};
