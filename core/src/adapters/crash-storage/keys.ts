/**
 * Object keys of the reference storage layout (research/socorro-processor.md §2.2):
 * `v1/raw_crash/<YYYYMMDD>/<id>`, `v1/dump_names/<id>`, `v1/dump/<id>` for the main dump,
 * `v1/<dumpname>/<id>` for the others, `v1/processed_crash/<id>`.
 */
import { crashIdDate } from '../../crash-id.js';
import { MAIN_DUMP_NAME } from '../../ports/crash-storage.js';

/** Key of a raw crash document; the date folder comes from the crash id. */
export function rawCrashKey(crashId: string): string {
  return `v1/raw_crash/${crashIdDate(crashId)}/${crashId}`;
}

/** Prefix under which the raw crashes of a day (`YYYYMMDD`) are listed. */
export function rawCrashDayPrefix(date: string): string {
  return `v1/raw_crash/${date}/`;
}

/** Key of the JSON list of a crash's dump names. */
export function dumpNamesKey(crashId: string): string {
  return `v1/dump_names/${crashId}`;
}

/** Key of one dump: the main dump (or an unnamed one) lives in `dump`, others in their name. */
export function dumpKey(crashId: string, dumpName: string): string {
  const folder = dumpName === MAIN_DUMP_NAME || dumpName === '' ? 'dump' : dumpName;
  return `v1/${folder}/${crashId}`;
}

/** Key of a processed crash. */
export function processedCrashKey(crashId: string): string {
  return `v1/processed_crash/${crashId}`;
}
