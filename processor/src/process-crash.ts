/**
 * Turns a raw crash into a processed crash. Walking-skeleton version: copies the identity and
 * product fields; the processor issue replaces it with the rule pipeline.
 */
import type { Clock, ProcessedCrash, RawCrash } from '@cairn/core';

/** Builds the processed crash of `crashId` from its raw crash. */
export function processCrash(crashId: string, rawCrash: RawCrash, clock: Clock): ProcessedCrash {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const now = clock.now().toISOString();
  return {
    uuid: crashId,
    crash_id: crashId,
    product: text(rawCrash.ProductName),
    version: text(rawCrash.Version),
    date_processed: text(rawCrash.submitted_timestamp) ?? now,
    started_datetime: now,
    completed_datetime: now,
    success: true,
    processor_notes: '',
  };
}
