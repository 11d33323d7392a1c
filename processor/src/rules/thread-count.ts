/** ThreadCountRule: how many threads the process had. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { readPath } from '../values/json-object.js';

/** Reads `json_dump.thread_count`; writes `thread_count` (null when unknown). §1.2 rule 48. */
export const threadCountRule: ProcessorRule = {
  name: 'ThreadCountRule',
  description: 'Copies the number of threads of the crashed process to thread_count.',
  writes: ['thread_count'],
  action({ processedCrash }) {
    processedCrash.thread_count = readPath(processedCrash, 'json_dump.thread_count', null);
  },
};
