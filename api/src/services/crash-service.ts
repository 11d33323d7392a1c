/** Crash documents and dumps, reduced to what the caller may read. */
import {
  CairnError,
  hasErrorCode,
  parseCrashIdReference,
  type ProcessedCrash,
  type RawCrash,
} from '@cairn/core';
import type { Caller } from '../auth/caller.js';
import { PERMISSIONS } from '../auth/permissions.js';
import { redactProcessedCrash, redactRawCrash } from '../redaction/redact-crash.js';
import type { ServiceDependencies } from './api-services.js';

/** Reads a crash id (bare, `bp-` prefixed or a report URL); throws INVALID_CRASH_ID. */
export function requireCrashId(reference: string): string {
  const crashId = parseCrashIdReference(reference);
  if (!crashId)
    throw new CairnError('INVALID_CRASH_ID', `Not a crash id: ${JSON.stringify(reference)}`);
  return crashId;
}

/** The processed crash as the caller may see it; throws CRASH_NOT_FOUND. */
export async function readProcessedCrash(
  deps: ServiceDependencies,
  caller: Caller,
  crashId: string,
): Promise<ProcessedCrash> {
  return redactProcessedCrash(caller, await deps.storage.loadProcessedCrash(crashId));
}

/** The raw crash (annotations and collector keys) as the caller may see it. */
export async function readRawCrash(
  deps: ServiceDependencies,
  caller: Caller,
  crashId: string,
): Promise<RawCrash> {
  return redactRawCrash(caller, await deps.storage.loadRawCrash(crashId));
}

/** The names of a crash's dumps; empty when the raw crash is unknown. */
export async function listDumpNames(deps: ServiceDependencies, crashId: string): Promise<string[]> {
  try {
    return await deps.storage.loadDumpNames(crashId);
  } catch (error) {
    if (hasErrorCode(error, 'CRASH_NOT_FOUND')) return [];
    throw error;
  }
}

/** One dump's bytes; needs `view_rawdump`. */
export async function readDump(
  deps: ServiceDependencies,
  caller: Caller,
  crashId: string,
  dumpName: string,
): Promise<Uint8Array> {
  if (!caller.permissions.has('view_rawdump')) {
    throw new CairnError(
      'AUTH_FORBIDDEN',
      `Binary response requires permissions: ${PERMISSIONS.view_rawdump}`,
    );
  }
  // Only names the crash lists: in the reference's key layout another name (`processed_crash`,
  // `raw_crash`) would reach a document that view_rawdump alone must not open.
  const names = await deps.storage.loadDumpNames(crashId);
  if (!names.includes(dumpName)) {
    throw new CairnError(
      'CRASH_NOT_FOUND',
      `Crash ${crashId} has no dump named ${JSON.stringify(dumpName.slice(0, 100))}`,
    );
  }
  return deps.storage.loadDump(crashId, dumpName);
}

/** The file name the reference gives a downloaded dump. */
export function dumpFileName(crashId: string, dumpName: string): string {
  return dumpName === 'memory_report' ? 'memory_report.json.gz' : `${crashId}-${dumpName}.dmp`;
}

/** Where a crash can be found (the reference's `CrashVerify`). */
export interface CrashPresence {
  readonly uuid: string;
  readonly raw_crash: boolean;
  readonly processed_crash: boolean;
  readonly elasticsearch_crash: boolean;
  readonly telemetry_crash: boolean;
}

/** Checks storage and the search index for a crash. Cairn has no telemetry bucket: always false. */
export async function verifyCrash(
  deps: ServiceDependencies,
  crashId: string,
): Promise<CrashPresence> {
  const exists = async (load: () => Promise<unknown>) => {
    try {
      await load();
      return true;
    } catch (error) {
      if (hasErrorCode(error, 'CRASH_NOT_FOUND')) return false;
      throw error;
    }
  };
  const [raw, processed, indexed] = await Promise.all([
    exists(() => deps.storage.loadRawCrash(crashId)),
    exists(() => deps.storage.loadProcessedCrash(crashId)),
    deps.searchIndex.getCrash(crashId).then((hit) => hit !== undefined),
  ]);
  return {
    uuid: crashId,
    raw_crash: raw,
    processed_crash: processed,
    elasticsearch_crash: indexed,
    telemetry_crash: false,
  };
}
