/** MozCrashReasonRule: Firefox's crash reason, without private data. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

const DISALLOWED_PREFIXES = [
  'Failed to load module',
  'byte index',
  'do not use eval with system privileges',
];

/**
 * Reads `MozCrashReason` (the message of a deliberate crash: `MOZ_CRASH(…)`, a Rust panic…);
 * writes `moz_crash_reason_raw` (protected) and `moz_crash_reason`, where messages known to
 * embed user data (module paths, text slices, script sources) become
 * `sanitized--see moz_crash_reason_raw`. §1.2 rule 31.
 */
export const mozCrashReasonRule: ProcessorRule = {
  name: 'MozCrashReasonRule',
  description:
    'Writes moz_crash_reason_raw and moz_crash_reason, replacing reasons known to carry user data with "sanitized--see moz_crash_reason_raw".',
  writes: ['moz_crash_reason_raw', 'moz_crash_reason'],
  predicate: ({ rawCrash }) =>
    typeof rawCrash.MozCrashReason === 'string' && rawCrash.MozCrashReason !== '',
  action({ rawCrash, processedCrash }) {
    const reason = rawCrash.MozCrashReason as string;
    processedCrash.moz_crash_reason_raw = reason;
    processedCrash.moz_crash_reason = DISALLOWED_PREFIXES.some((prefix) =>
      reason.startsWith(prefix),
    )
      ? 'sanitized--see moz_crash_reason_raw'
      : reason;
  },
};
