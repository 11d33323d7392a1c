/**
 * Which top-level keys of a processed crash anyone may read. As in the reference
 * (research/crashstats-webapp.md §3.3), the list is an allow-list: a key nobody declared
 * public, a new one included, is dropped for callers without `view_pii`.
 *
 * Derived from the field catalog (a key that a public field reads is public, one that a
 * protected field reads is protected), plus the processor's bookkeeping and stack keys that
 * are not search fields but that the reference also publishes.
 */
import { FIELD_CATALOG } from '@cairn/core';

/** Public keys that no search field reads: the stack walker's output and the bookkeeping. */
const PUBLIC_NON_SEARCH_KEYS = [
  'crash_id',
  'uuid',
  'json_dump',
  'processor_notes',
  'processor_history',
  'success',
  'started_datetime',
  'completed_datetime',
  'date_processed',
  'submitted_timestamp',
  'crashing_thread',
  'mdsw_status_string',
  'stackwalk_version',
  'java_exception',
  'memory_measures',
  'mac_crash_info',
  'addons',
  'telemetry_environment',
] as const;

function topLevelKey(sourcePath: string): string {
  return sourcePath.split('.')[0]!.replace(/\[\]$/, '');
}

function derivePublicKeys(): ReadonlySet<string> {
  const publicKeys = new Set<string>(PUBLIC_NON_SEARCH_KEYS);
  const protectedKeys = new Set<string>();
  for (const field of FIELD_CATALOG.values()) {
    for (const sourcePath of field.sourcePaths) {
      (field.permission === null ? publicKeys : protectedKeys).add(topLevelKey(sourcePath));
    }
  }
  // A key read by a protected field stays protected even if a public field also reads part of it.
  for (const key of protectedKeys) publicKeys.delete(key);
  return publicKeys;
}

/** Top-level processed-crash keys shown to callers without `view_pii`. */
export const PUBLIC_PROCESSED_KEYS: ReadonlySet<string> = derivePublicKeys();
