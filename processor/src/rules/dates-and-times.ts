/** DatesAndTimesRule: collection date, crash time, ages. */
import type { ProcessorNotes } from '../pipeline/processor-notes.js';
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { PythonError } from '../signature/python/python-error.js';
import { pythonInt } from '../signature/python/python-int.js';
import { formatPythonIsoUtc, parseIsoTimestampSeconds } from '../values/python-dates.js';

/** Python's sys.maxsize, above which the reference drops `SecondsSinceLastCrash`. */
const MAX_INT = 9223372036854775807n;

/**
 * Reads `submitted_timestamp` (when the collector accepted the crash), `CrashTime`,
 * `InstallTime`, `SecondsSinceLastCrash` and `startup_time` (copied from `StartupTime`);
 * writes `submitted_timestamp`, `date_processed` (the collection time, as in the reference, not
 * the processing time), `crash_time` (epoch seconds; the collection time when unknown, 0 when
 * unreadable), `client_crash_date`, `install_age` (crash time − install time), `uptime`
 * (crash time − start-up time, at least 0) and `last_crash` (null when absent, unreadable or
 * above 2^63−1), with the reference's notes. §1.2 rule 24.
 *
 * A raw crash without a readable `submitted_timestamp` (the reference fails the rule) uses the
 * processing start time instead, with a note, so the crash can still be dated and indexed.
 */
export const datesAndTimesRule: ProcessorRule = {
  name: 'DatesAndTimesRule',
  description:
    'Writes submitted_timestamp, date_processed (the collection time), crash_time, client_crash_date, install_age, uptime and last_crash from the collector timestamp and the CrashTime, InstallTime, StartupTime and SecondsSinceLastCrash annotations.',
  writes: [
    'submitted_timestamp',
    'date_processed',
    'crash_time',
    'client_crash_date',
    'install_age',
    'uptime',
    'last_crash',
  ],
  action({ rawCrash, processedCrash, notes }) {
    let submitted = rawCrash.submitted_timestamp;
    let submittedSeconds =
      typeof submitted === 'string' ? parseIsoTimestampSeconds(submitted) : undefined;
    if (submittedSeconds === undefined) {
      notes.add('WARNING: raw_crash missing submitted_timestamp; using the processing time');
      const started =
        typeof processedCrash.started_datetime === 'string'
          ? processedCrash.started_datetime
          : formatPythonIsoUtc(new Date());
      submitted = started;
      submittedSeconds = parseIsoTimestampSeconds(started) ?? Date.now() / 1000;
    }
    processedCrash.submitted_timestamp = submitted;
    processedCrash.date_processed = submitted;
    const submittedEpoch = Math.trunc(submittedSeconds);

    let crashTime: number;
    if (rawCrash.CrashTime === undefined) {
      notes.add('WARNING: raw_crash missing CrashTime');
      crashTime = submittedEpoch;
    } else if (typeof rawCrash.CrashTime !== 'string') {
      // The reference reads the first 10 characters of the text; any other type is refused.
      notes.add('WARNING: raw_crash[CrashTime] contains unexpected value');
      crashTime = submittedEpoch;
    } else {
      // Ten characters at most: an epoch in seconds, which keeps the date in range.
      const parsed = readInteger(rawCrash.CrashTime.slice(0, 10));
      if (parsed === undefined) notes.add('non-integer value of "CrashTime"');
      crashTime = parsed ?? 0;
    }
    processedCrash.crash_time = crashTime;
    if (crashTime === submittedEpoch) notes.add('client_crash_date is unknown');

    const startupTime = readInteger(processedCrash.startup_time ?? crashTime) ?? crashTime;
    let installTime = startupTime;
    if (rawCrash.InstallTime !== undefined) {
      const parsed = readInteger(rawCrash.InstallTime);
      if (parsed === undefined) notes.add('non-integer value of "InstallTime"');
      installTime = parsed ?? 0;
    }

    processedCrash.client_crash_date = formatPythonIsoUtc(new Date(crashTime * 1000));
    processedCrash.install_age = crashTime - installTime;
    processedCrash.uptime = Math.max(0, crashTime - startupTime);
    processedCrash.last_crash = readLastCrash(rawCrash.SecondsSinceLastCrash, notes);
  },
};

function readInteger(value: unknown): number | undefined {
  try {
    const integer = pythonInt(value);
    return integer >= BigInt(Number.MIN_SAFE_INTEGER) && integer <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(integer)
      : undefined;
  } catch (error) {
    if (error instanceof PythonError) return undefined;
    throw error;
  }
}

function readLastCrash(value: unknown, notes: ProcessorNotes): number | null {
  if (value === undefined) return null;
  let seconds: bigint;
  try {
    seconds = pythonInt(value);
  } catch (error) {
    if (!(error instanceof PythonError)) throw error;
    notes.add('non-integer value of "SecondsSinceLastCrash"');
    return null;
  }
  if (seconds > MAX_INT) {
    notes.add('"SecondsSinceLastCrash" larger than MAXINT - set to NULL');
    return null;
  }
  return Number(seconds);
}
