import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
