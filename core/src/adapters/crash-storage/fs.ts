/**
 * CrashStorage in files under a directory, with the same keys as S3 used as relative paths
 * (`<root>/v1/raw_crash/20240102/<id>`), so a directory can be synced to a bucket as it is.
 * Writes go through a DurableFileWriter: whole objects only, flushed before they resolve.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { access, mkdir, readFile, readdir, rm } from 'node:fs/promises';
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
        return await readObjectFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async hasObject(key) {
      // Synchronous and without an exception for a missing file: the processor asks this for
      // every crash it processes, and most have no processed crash yet.
      return statSync(fileOf(key), { throwIfNoEntry: false })?.isFile() ?? false;
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

/** Objects up to this size are read synchronously. */
const SYNCHRONOUS_READ_BYTES = 4 * 1024 * 1024;

/**
 * Reads a stored object. Objects are written once and renamed into place, so their size is
 * fixed. Small ones (a raw crash, a processed crash, most dumps) are read with synchronous
 * calls: from the page cache that takes microseconds, while the promise API costs four
 * thread-pool round trips and about three times the CPU; large dumps still go to the pool so a
 * slow disk cannot hold the event loop for long.
 */
async function readObjectFile(file: string): Promise<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size <= SYNCHRONOUS_READ_BYTES) {
      const body = new Uint8Array(size);
      let read = 0;
      while (read < size) {
        const count = readSync(fd, body, read, size - read, read);
        if (count === 0) break;
        read += count;
      }
      return read === size ? body : body.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
  const body = await readFile(file);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}
