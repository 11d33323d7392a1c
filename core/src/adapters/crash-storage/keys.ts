/**
 * Object keys of the reference storage layout (research/socorro-processor.md §2.2):
 * `v1/raw_crash/<YYYYMMDD>/<id>`, `v1/dump_names/<id>`, `v1/dump/<id>` for the main dump,
 * `v1/<dumpname>/<id>` for the others, `v1/processed_crash/<id>`.
 */
import { crashIdDate, hasCrashIdShape } from '../../crash-id.js';
import { CairnError } from '../../errors.js';
import { MAIN_DUMP_NAME } from '../../ports/crash-storage.js';

// Ids and dump names become path segments in the files adapter: anything else is refused
// before a key is built, so no input can reach outside the layout.
function checkedCrashId(crashId: string): string {
  if (!hasCrashIdShape(crashId)) {
    throw new CairnError(
      'INVALID_CRASH_ID',
      `Not a crash id: ${JSON.stringify(crashId.slice(0, 100))}`,
    );
  }
  return crashId;
}

function checkedDumpName(dumpName: string): string {
  if (!/^[A-Za-z0-9_.-]{0,100}$/.test(dumpName) || dumpName.startsWith('.')) {
    throw new CairnError(
      'BAD_REQUEST',
      `Not a storable dump name: ${JSON.stringify(dumpName.slice(0, 100))}`,
    );
  }
  return dumpName;
}

/** Key of a raw crash document; the date folder comes from the crash id. */
export function rawCrashKey(crashId: string): string {
  return `v1/raw_crash/${crashIdDate(crashId)}/${crashId}`;
}

/** The folder holding one sub-folder of raw crashes per day. */
export const RAW_CRASH_ROOT = 'v1/raw_crash/';

/** Prefix under which the raw crashes of a day (`YYYYMMDD`) are listed. */
export function rawCrashDayPrefix(date: string): string {
  if (!/^\d{8}$/.test(date))
    throw new CairnError('BAD_REQUEST', `Not a YYYYMMDD date: ${JSON.stringify(date)}`);
  return `${RAW_CRASH_ROOT}${date}/`;
}

/** Key of the JSON list of a crash's dump names. */
export function dumpNamesKey(crashId: string): string {
  return `v1/dump_names/${checkedCrashId(crashId)}`;
}

/** Key of one dump: the main dump (or an unnamed one) lives in `dump`, others in their name. */
export function dumpKey(crashId: string, dumpName: string): string {
  const folder =
    dumpName === MAIN_DUMP_NAME || dumpName === '' ? 'dump' : checkedDumpName(dumpName);
  return `v1/${folder}/${checkedCrashId(crashId)}`;
}

/** Key of a processed crash. */
export function processedCrashKey(crashId: string): string {
  return `v1/processed_crash/${checkedCrashId(crashId)}`;
}
