/** TelemetryStorage over a BlobStore (files or S3), with the reference's key layout. */
import { crashIdDate, hasCrashIdShape } from '../../crash-id.js';
import { CairnError } from '../../errors.js';
import type { TelemetryStorage } from '../../ports/telemetry-storage.js';
import type { BlobStore } from '../crash-storage/blob-store.js';
import { createFsBlobStore } from '../crash-storage/fs.js';
import { createS3BlobStore, type S3CrashStorageOptions } from '../crash-storage/s3.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Key of the export's JSON Schema, next to the crashes. */
export const TELEMETRY_SCHEMA_KEY = 'telemetry_socorro_crash.json';

/** Key of an exported crash: `v1/crash_report/<YYYYMMDD from the crash id>/<crash id>`. */
export function telemetryCrashKey(crashId: string): string {
  if (!hasCrashIdShape(crashId)) {
    throw new CairnError(
      'INVALID_CRASH_ID',
      `Not a crash id: ${JSON.stringify(crashId.slice(0, 100))}`,
    );
  }
  return `v1/crash_report/${crashIdDate(crashId)}/${crashId}`;
}

/** Builds a TelemetryStorage on a blob store. */
export function createBlobTelemetryStorage(blobs: BlobStore): TelemetryStorage {
  return {
    async saveTelemetryCrash(crashId, telemetryCrash) {
      await blobs.putObject(
        telemetryCrashKey(crashId),
        encoder.encode(JSON.stringify(telemetryCrash)),
      );
    },
    async saveTelemetrySchema(schema) {
      await blobs.putObject(TELEMETRY_SCHEMA_KEY, encoder.encode(JSON.stringify(schema, null, 2)));
    },
    async loadTelemetryCrash(crashId) {
      const body = await blobs.getObject(telemetryCrashKey(crashId));
      return body === undefined
        ? undefined
        : (JSON.parse(decoder.decode(body)) as Record<string, unknown>);
    },
    checkHealth: () => blobs.checkHealth(),
    close: () => blobs.close(),
  };
}

/** The export in files under `root` (created when missing). */
export function createFsTelemetryStorage(root: string): TelemetryStorage {
  return createBlobTelemetryStorage(createFsBlobStore(root));
}

/** The export in an S3 bucket of its own, which must exist. */
export function createS3TelemetryStorage(options: S3CrashStorageOptions): TelemetryStorage {
  return createBlobTelemetryStorage(createS3BlobStore(options));
}
