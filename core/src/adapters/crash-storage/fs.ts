/**
 * CrashStorage in files under a directory, with the same keys as S3 used as relative paths
 * (`<root>/v1/raw_crash/20240102/<id>`), so a directory can be synced to a bucket as it is.
 * Writes go through a DurableFileWriter: whole objects only, flushed before they resolve.
 */
import { constants } from 'node:fs';
import { access, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CrashStorage } from '../../ports/crash-storage.js';
import type { BlobStore } from './blob-store.js';
import { createBlobCrashStorage } from './blob-crash-storage.js';
import { createDurableFileWriter } from './durable-file-writer.js';

/** Opens the files crash storage rooted at `root` (created when missing). */
export function createFsCrashStorage(root: string): CrashStorage {
  return createBlobCrashStorage(createFsBlobStore(root));
}

/** A BlobStore in files under `root` (crash storage and the Telemetry export use one each). */
export function createFsBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => path.join(root, ...key.split('/'));
  const writer = createDurableFileWriter();
  return {
    putObject: (key, body) => writer.writeFiles([{ path: fileOf(key), body }]),
    putObjects: (objects) =>
      writer.writeFiles(objects.map(({ key, body }) => ({ path: fileOf(key), body }))),
    async getObject(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async hasObject(key) {
      try {
        return (await stat(fileOf(key))).isFile();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
    async deleteObject(key) {
      await rm(fileOf(key), { force: true });
    },
    async *listKeys(prefix) {
      // Keys are listed by directory: the prefix's directory part, then a name filter.
      const slash = prefix.lastIndexOf('/');
      const directory = prefix.slice(0, slash + 1);
      const namePrefix = prefix.slice(slash + 1);
      let names: string[];
      try {
        names = await readdir(fileOf(directory));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const name of names.sort()) {
        if (name.startsWith(namePrefix) && !name.endsWith('.tmp')) yield `${directory}${name}`;
      }
    },
    async *listFolders(prefix) {
      let entries;
      try {
        entries = await readdir(fileOf(prefix), { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      // As in a bucket, a folder exists only while something is in it.
      for (const name of folders.sort()) {
        if ((await readdir(fileOf(`${prefix}${name}`))).length > 0) yield name;
      }
    },
    async checkHealth() {
      await mkdir(root, { recursive: true });
      await access(root, constants.R_OK | constants.W_OK);
    },
    close: async () => {},
  };
}
