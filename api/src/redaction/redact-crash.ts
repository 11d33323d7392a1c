/** Reduces crash documents to what a caller may read (removed, never masked: §3.3). */
import type { ProcessedCrash, RawCrash } from '@cairn/core';
import type { Caller } from '../auth/caller.js';
import { PUBLIC_ANNOTATIONS } from './public-annotations.js';
import { PUBLIC_PROCESSED_KEYS } from './public-processed-keys.js';

function keepKeys<T extends Record<string, unknown>>(document: T, allowed: ReadonlySet<string>): T {
  return Object.fromEntries(Object.entries(document).filter(([key]) => allowed.has(key))) as T;
}

/** The processed crash as the caller may see it: whole with `view_pii`, public keys otherwise. */
export function redactProcessedCrash(caller: Caller, crash: ProcessedCrash): ProcessedCrash {
  if (caller.permissions.has('view_pii')) return crash;
  const redacted = keepKeys(crash, PUBLIC_PROCESSED_KEYS);
  const jsonDump = redacted.json_dump;
  // The stack walker's `sensitive` section is the one part of json_dump the reference hides.
  if (jsonDump !== null && typeof jsonDump === 'object' && 'sensitive' in jsonDump) {
    const { sensitive: _sensitive, ...rest } = jsonDump as Record<string, unknown>;
    return { ...redacted, json_dump: rest };
  }
  return redacted;
}

/** The raw crash as the caller may see it: whole with `view_pii`, public annotations otherwise. */
export function redactRawCrash(caller: Caller, crash: RawCrash): RawCrash {
  return caller.permissions.has('view_pii') ? crash : keepKeys(crash, PUBLIC_ANNOTATIONS);
}

/** Whether a raw-crash key is public. */
export function isPublicAnnotation(name: string): boolean {
  return PUBLIC_ANNOTATIONS.has(name);
}
