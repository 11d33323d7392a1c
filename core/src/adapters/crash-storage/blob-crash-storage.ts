/**
 * CrashStorage over any BlobStore: the key layout, the write order and the JSON encodings live
 * here once, so the files adapter and the S3 adapter cannot drift apart.
 */
import { randomUUID } from 'node:crypto';
import { formatPythonJson } from '../../python-json.js';
import {
  CrashNotFoundError,
  type CrashObjectKind,
  type CrashStorage,
  type ProcessedCrash,
  type RawCrash,
} from '../../ports/crash-storage.js';
import type { BlobStore } from './blob-store.js';
import {
  dumpKey,
  dumpNamesKey,
  processedCrashKey,
  rawCrashDayPrefix,
  rawCrashKey,
} from './keys.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Builds a CrashStorage on a blob store. */
export function createBlobCrashStorage(blobs: BlobStore): CrashStorage {
  async function load(key: string, crashId: string, kind: CrashObjectKind, dumpName?: string) {
    const body = await blobs.getObject(key);
    if (body === undefined) throw new CrashNotFoundError(crashId, kind, dumpName);
    return body;
  }
  const loadJson = async (key: string, crashId: string, kind: CrashObjectKind) =>
    JSON.parse(decoder.decode(await load(key, crashId, kind))) as unknown;

  return {
    async saveRawCrash(crashId, rawCrash, dumps) {
      const names = [...dumps.keys()].sort();
      // Order matters: a raw crash in storage promises that its dumps are all there.
      await blobs.putObject(dumpNamesKey(crashId), encoder.encode(formatPythonJson(names)));
      for (const [name, bytes] of dumps) await blobs.putObject(dumpKey(crashId, name), bytes);
      await blobs.putObject(rawCrashKey(crashId), encoder.encode(formatPythonJson(rawCrash)));
    },
    loadRawCrash: async (crashId) =>
      (await loadJson(rawCrashKey(crashId), crashId, 'raw_crash')) as RawCrash,
    loadDumpNames: async (crashId) =>
      (await loadJson(dumpNamesKey(crashId), crashId, 'dump_names')) as string[],
    loadDump: (crashId, dumpName) => load(dumpKey(crashId, dumpName), crashId, 'dump', dumpName),
    async saveProcessedCrash(crashId, processedCrash) {
      await blobs.putObject(
        processedCrashKey(crashId),
        encoder.encode(JSON.stringify(processedCrash)),
      );
    },
    loadProcessedCrash: async (crashId) =>
      (await loadJson(processedCrashKey(crashId), crashId, 'processed_crash')) as ProcessedCrash,
    async *listRawCrashIds(date) {
      const prefix = rawCrashDayPrefix(date);
      for await (const key of blobs.listKeys(prefix)) yield key.slice(prefix.length);
    },
    checkHealth: () => blobs.checkHealth(),
    writeProbe: () => blobs.putObject(`test/testfile-${randomUUID()}.txt`, encoder.encode('test')),
    close: () => blobs.close(),
  };
}
