import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFsCrashStorage } from '../../src/adapters/crash-storage/fs.js';
import { describeCrashStorageContract } from '../contracts/crash-storage.contract.js';

describeCrashStorageContract('files', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'cairn-fs-storage-'));
  return {
    storage: createFsCrashStorage(root),
    async readObject(key) {
      try {
        return new Uint8Array(await readFile(path.join(root, ...key.split('/'))));
      } catch {
        return undefined;
      }
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
});

describe('files crash storage reads', () => {
  it.each([
    ['a small dump (read synchronously)', 70_000],
    ['a dump larger than 4 MiB (read through the thread pool)', 5 * 1024 * 1024 + 3],
  ])('returns %s byte for byte', async (_label, size) => {
    const root = await mkdtemp(path.join(tmpdir(), 'cairn-fs-storage-'));
    const storage = createFsCrashStorage(root);
    const crashId = 'de1b3a4c-0000-4000-8000-000001240102';
    const dump = Uint8Array.from({ length: size }, (_, index) => (index * 31 + 7) & 0xff);
    await storage.saveRawCrash(
      crashId,
      { uuid: crashId },
      new Map([['upload_file_minidump', dump]]),
    );
    const loaded = await storage.loadDump(crashId, 'upload_file_minidump');
    expect(loaded.length).toBe(size);
    expect(Buffer.from(loaded).equals(Buffer.from(dump))).toBe(true);
    await rm(root, { recursive: true, force: true });
  });
});
