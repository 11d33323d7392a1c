/**
 * The raw crash document, built as the reference builds it (research/antenna-collector.md
 * §1.4 and §5): the annotations, then `submitted_timestamp`, a `metadata` object that replaces
 * any client-sent one, and `version: 2`; the throttler sees that document; `uuid` and
 * `metadata.throttle_rule` are added once the crash id is known; private fields are removed
 * just before saving, each with a collector note.
 */
import { webcrypto } from 'node:crypto';
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

/**
 * The SHA-256 of each dump, by name. Hashing runs on the thread pool (WebCrypto), so large
 * dumps do not hold up the event loop that serves the other requests.
 */
export async function hashDumps(
  dumps: ReadonlyMap<string, Uint8Array>,
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    [...dumps].map(async ([name, bytes]) => {
      const digest = await webcrypto.subtle.digest('SHA-256', bytes);
      return [name, Buffer.from(digest).toString('hex')] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Builds the raw crash the throttler sees; `checksums` come from hashDumps. */
export function buildRawCrash(
  report: ExtractedCrashReport,
  checksums: Readonly<Record<string, string>>,
  facts: SubmissionFacts,
): RawCrashDraft {
  const rawCrash = { ...report.annotations } as RawCrashDraft;
  rawCrash.submitted_timestamp = facts.submittedTimestamp;
  rawCrash.metadata = {
    payload: report.payload,
    payload_compressed: facts.isGzipped ? '1' : '0',
    payload_size: facts.payloadSize,
    collector_notes: [...report.notes],
    dump_checksums: { ...checksums },
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
