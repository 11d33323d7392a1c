/**
 * CrashStorage: where raw crashes, their dumps and processed crashes are kept.
 * Keys follow the reference S3 layout (research/socorro-processor.md §2.2), so a bucket written
 * by Cairn and one written by Antenna/Socorro can be read by either.
 */
import { CairnError } from '../errors.js';
import type { PythonJsonValue } from '../python-json.js';

/** A raw crash document: annotations plus the collector's keys (uuid, metadata, …). */
export type RawCrash = { readonly [key: string]: PythonJsonValue };

/** A processed crash: the processor's output, a JSON object. */
export type ProcessedCrash = { readonly [key: string]: unknown };

/** The name the reference gives the main minidump. */
export const MAIN_DUMP_NAME = 'upload_file_minidump';

/** Which stored object a CrashNotFoundError is about. */
export type CrashObjectKind = 'raw_crash' | 'dump_names' | 'dump' | 'processed_crash';

/** A crash (or one of its parts) is not in storage. Another store or a later read may have it. */
export class CrashNotFoundError extends CairnError {
  constructor(
    readonly crashId: string,
    readonly kind: CrashObjectKind,
    readonly dumpName?: string,
  ) {
    super(
      'CRASH_NOT_FOUND',
      `No ${dumpName ? `dump ${JSON.stringify(dumpName)}` : kind} for crash ${crashId}`,
    );
    this.name = 'CrashNotFoundError';
  }
}

/** The storage port. Every adapter passes core/test/contracts/crash-storage.contract.ts. */
export interface CrashStorage {
  /**
   * Saves a collected crash: dump names first, then each dump, then the raw crash last, so that
   * a raw crash in storage means every dump is there too.
   */
  saveRawCrash(
    crashId: string,
    rawCrash: RawCrash,
    dumps: ReadonlyMap<string, Uint8Array>,
  ): Promise<void>;
  /** The raw crash document. Throws CrashNotFoundError. */
  loadRawCrash(crashId: string): Promise<RawCrash>;
  /** The names of the crash's dumps, sorted. Throws CrashNotFoundError. */
  loadDumpNames(crashId: string): Promise<string[]>;
  /** One dump's bytes. Throws CrashNotFoundError. */
  loadDump(crashId: string, dumpName: string): Promise<Uint8Array>;
  /**
   * Saves (or replaces) the processed crash. `jsonText`, when given, is the caller's
   * `JSON.stringify(processedCrash)` (the processor builds it from texts it already has).
   */
  saveProcessedCrash(
    crashId: string,
    processedCrash: ProcessedCrash,
    jsonText?: string,
  ): Promise<void>;
  /** The processed crash. Throws CrashNotFoundError. */
  loadProcessedCrash(crashId: string): Promise<ProcessedCrash>;
  /** Whether a processed crash is stored, without reading it. */
  hasProcessedCrash(crashId: string): Promise<boolean>;
  /** Ids of the raw crashes stored under a day (`YYYYMMDD`, the date in the crash id). */
  listRawCrashIds(date: string): AsyncIterable<string>;
  /** The days (`YYYYMMDD`) that have raw crashes stored, in order. */
  listRawCrashDates(): AsyncIterable<string>;
  /**
   * Deletes everything stored for a crash: dumps, dump names, processed crash, and the raw
   * crash last, so that an interrupted deletion is found again by listing the raw crashes.
   * Parts already gone are not an error.
   */
  deleteCrash(crashId: string): Promise<void>;
  /** Resolves when the store can be written and read; rejects with the reason otherwise. */
  checkHealth(): Promise<void>;
  /**
   * Writes a small probe object (`test/testfile-<uuid>.txt`, as the reference collector does at
   * start-up) to prove that the store accepts writes; rejects with the reason otherwise.
   */
  writeProbe(): Promise<void>;
  /** Releases connections and handles. */
  close(): Promise<void>;
}
