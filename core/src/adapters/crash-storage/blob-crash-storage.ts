/**
 * CrashStorage over any BlobStore: the key layout, the write order and the JSON encodings live
 * here once, so the files adapter and the S3 adapter cannot drift apart.
 */
import { randomUUID } from 'node:crypto';
import { formatPythonJson } from '../../python-json.js';
import {
  CrashNotFoundError,
  MAIN_DUMP_NAME,
  type CrashObjectKind,
  type CrashStorage,
  type ProcessedCrash,
  type RawCrash,
} from '../../ports/crash-storage.js';
import type { BlobObject, BlobStore } from './blob-store.js';
import {
  dumpKey,
  dumpNamesKey,
  processedCrashKey,
  RAW_CRASH_ROOT,
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

  // A dump-name list that cannot be read still leaves the main dump to delete.
  async function readDumpNamesForDeletion(crashId: string): Promise<string[]> {
    const body = await blobs.getObject(dumpNamesKey(crashId));
    if (body === undefined) return [];
    try {
      const names = JSON.parse(decoder.decode(body)) as unknown;
      if (Array.isArray(names) && names.every((name) => typeof name === 'string')) return names;
    } catch {
      // Falls through to the main dump.
    }
    return [MAIN_DUMP_NAME];
  }

  return {
    async saveRawCrash(crashId, rawCrash, dumps) {
      const names = [...dumps.keys()].sort();
      // Order matters: a raw crash in storage promises that its dumps are all there.
      const objects: BlobObject[] = [
        { key: dumpNamesKey(crashId), body: encoder.encode(formatPythonJson(names)) },
        ...[...dumps].map(([name, bytes]) => ({ key: dumpKey(crashId, name), body: bytes })),
        { key: rawCrashKey(crashId), body: encoder.encode(formatPythonJson(rawCrash)) },
      ];
      if (blobs.putObjects) {
        await blobs.putObjects(objects);
      } else {
        for (const { key, body } of objects) await blobs.putObject(key, body);
      }
    },
    loadRawCrash: async (crashId) =>
      (await loadJson(rawCrashKey(crashId), crashId, 'raw_crash')) as RawCrash,
    loadDumpNames: async (crashId) =>
      (await loadJson(dumpNamesKey(crashId), crashId, 'dump_names')) as string[],
    loadDump: (crashId, dumpName) => load(dumpKey(crashId, dumpName), crashId, 'dump', dumpName),
    async saveProcessedCrash(crashId, processedCrash, jsonText) {
      await blobs.putObject(
        processedCrashKey(crashId),
        encoder.encode(jsonText ?? JSON.stringify(processedCrash)),
      );
    },
    loadProcessedCrash: async (crashId) =>
      (await loadJson(processedCrashKey(crashId), crashId, 'processed_crash')) as ProcessedCrash,
    hasProcessedCrash: (crashId) => blobs.hasObject(processedCrashKey(crashId)),
    async *listRawCrashIds(date) {
      const prefix = rawCrashDayPrefix(date);
      for await (const key of blobs.listKeys(prefix)) yield key.slice(prefix.length);
    },
    async *listRawCrashDates() {
      for await (const folder of blobs.listFolders(RAW_CRASH_ROOT)) {
        if (/^\d{8}$/.test(folder)) yield folder;
      }
    },
    async deleteCrash(crashId) {
      const rawKey = rawCrashKey(crashId);
      for (const name of await readDumpNamesForDeletion(crashId)) {
        await blobs.deleteObject(dumpKey(crashId, name));
      }
      await blobs.deleteObject(dumpNamesKey(crashId));
      await blobs.deleteObject(processedCrashKey(crashId));
      await blobs.deleteObject(rawKey);
    },
    checkHealth: () => blobs.checkHealth(),
    writeProbe: () => blobs.putObject(`test/testfile-${randomUUID()}.txt`, encoder.encode('test')),
    close: () => blobs.close(),
  };
}
