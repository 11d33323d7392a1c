/**
 * The raw crash document, built as the reference builds it (research/antenna-collector.md
 * §1.4 and §5): the annotations, then `submitted_timestamp`, a `metadata` object that replaces
 * any client-sent one, and `version: 2`; the throttler sees that document; `uuid` and
 * `metadata.throttle_rule` are added once the crash id is known; private fields are removed
 * just before saving, each with a collector note.
 */
import type { PythonJsonValue } from '@cairn/core';
import type { ExtractedCrashReport } from './annotations.js';

/** Annotations the reference never stores (research §1.4 step 8), removed in this order. */
export const PRIVATE_ANNOTATIONS = [
  'Email',
  'TelemetryClientId',
  'TelemetryServerURL',
  'TelemetrySessionId',
] as const;

/** A raw crash being built; plain mutable data until it is saved. */
export type RawCrashDraft = Record<string, PythonJsonValue> & {
  metadata: Record<string, PythonJsonValue> & { collector_notes: string[] };
};

/** What the collector knows about the request besides its parts. */
export interface SubmissionFacts {
  readonly submittedTimestamp: string;
  /** The Content-Length header value (the compressed size for gzip bodies). */
  readonly payloadSize: number;
  readonly isGzipped: boolean;
  /** The User-Agent header; the reference stores the text "None" when there is none. */
  readonly userAgent: string | undefined;
}

/** Builds the raw crash the throttler sees. */
export function buildRawCrash(report: ExtractedCrashReport, facts: SubmissionFacts): RawCrashDraft {
  const rawCrash = { ...report.annotations } as RawCrashDraft;
  rawCrash.submitted_timestamp = facts.submittedTimestamp;
  rawCrash.metadata = {
    payload: report.payload,
    payload_compressed: facts.isGzipped ? '1' : '0',
    payload_size: facts.payloadSize,
    collector_notes: [...report.notes],
    dump_checksums: Object.fromEntries(report.dumpChecksums),
    user_agent: facts.userAgent ?? 'None',
  };
  rawCrash.version = 2;
  return rawCrash;
}

/** Removes the private annotations before saving, noting each removal. */
export function removePrivateAnnotations(rawCrash: RawCrashDraft): void {
  for (const field of PRIVATE_ANNOTATIONS) {
    if (Object.hasOwn(rawCrash, field)) {
      delete rawCrash[field];
      rawCrash.metadata.collector_notes.push(`Removed ${field} from raw crash.`);
    }
  }
}
