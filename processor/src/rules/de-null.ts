/** DeNullRule: removes NUL characters from the raw crash. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads and rewrites the raw crash: deletes NUL characters from every key and every string
 * value, because junk NULs in crash reports break later processing and storage (PostgreSQL and
 * Elasticsearch refuse them). research/socorro-processor.md §1.2 rule 1.
 */
export const deNullRule: ProcessorRule = {
  name: 'DeNullRule',
  description: 'Removes NUL characters from the keys and text values of the raw crash.',
  writes: [],
  action({ rawCrash }) {
    for (const [key, value] of Object.entries(rawCrash)) {
      const cleanKey = key.replaceAll('\0', '');
      const cleanValue = typeof value === 'string' ? value.replaceAll('\0', '') : value;
      if (cleanKey === key && cleanValue === value) continue;
      delete rawCrash[key];
      rawCrash[cleanKey] = cleanValue;
    }
  },
};
