/** MajorVersionRule: the major version number. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { PythonError } from '../signature/python/python-error.js';
import { pythonInt } from '../signature/python/python-int.js';

/**
 * Reads the `Version` annotation; writes `major_version`, the whole number before the first dot
 * (`121.0.1` → 121), or 0 when there is none, so versions can be compared as numbers. §1.2 rule 19.
 */
export const majorVersionRule: ProcessorRule = {
  name: 'MajorVersionRule',
  description: 'Writes major_version: the number before the first dot of Version, or 0.',
  writes: ['major_version'],
  action({ rawCrash, processedCrash }) {
    const version = rawCrash.Version;
    let major = 0;
    if (typeof version === 'string') {
      try {
        const parsed = pythonInt(version.split('.')[0]);
        if (
          parsed <= BigInt(Number.MAX_SAFE_INTEGER) &&
          parsed >= BigInt(Number.MIN_SAFE_INTEGER)
        ) {
          major = Number(parsed);
        }
      } catch (error) {
        if (!(error instanceof PythonError)) throw error;
      }
    }
    processedCrash.major_version = major;
  },
};
