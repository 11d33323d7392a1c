/** CrashReportKeysRule: lists the annotation and dump names of the report. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

const VALID_KEY = /^[a-zA-Z0-9_-]+$/;
const MAX_KEY_LENGTH = 100;

/**
 * Reads the raw crash's keys and the dump names; writes `crash_report_keys`, the sorted set of
 * those names made only of letters, digits, `_` and `-`, each cut to 100 characters, so Super
 * Search can find reports by what they contain. Names that had to be dropped or cut add the
 * note `invalidkeys: Crash report contains invalid keys`. §1.2 rule 3.
 */
export const crashReportKeysRule: ProcessorRule = {
  name: 'CrashReportKeysRule',
  description:
    'Writes crash_report_keys: the sorted annotation and dump names (letters, digits, _ and - only, cut to 100 characters); notes when some were dropped or cut.',
  writes: ['crash_report_keys'],
  action({ rawCrash, dumps, processedCrash, notes }) {
    const allKeys = new Set([...Object.keys(rawCrash), ...dumps.keys()]);
    const kept = new Set<string>();
    for (const key of allKeys) {
      if (VALID_KEY.test(key)) kept.add(key.slice(0, MAX_KEY_LENGTH));
    }
    processedCrash.crash_report_keys = [...kept].sort();
    const unchanged = kept.size === allKeys.size && [...kept].every((key) => allKeys.has(key));
    if (!unchanged) notes.add('invalidkeys: Crash report contains invalid keys');
  },
};
