/** IdentifierRule: the crash id. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads the raw crash's `uuid` (the collector's crash id); writes `crash_id` and `uuid`.
 * §1.2 rule 10.
 */
export const identifierRule: ProcessorRule = {
  name: 'IdentifierRule',
  description: "Copies the crash id (the raw crash's uuid) to crash_id and uuid.",
  writes: ['crash_id', 'uuid'],
  predicate: ({ rawCrash }) => Object.hasOwn(rawCrash, 'uuid'),
  action({ rawCrash, processedCrash }) {
    processedCrash.crash_id = rawCrash.uuid;
    processedCrash.uuid = rawCrash.uuid;
  },
};
