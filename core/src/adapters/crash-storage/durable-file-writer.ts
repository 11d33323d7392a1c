/**
 * Writing files so that a reader never sees half a file and a write that resolved survives a
 * power cut: each file goes to a temporary name, is flushed (fdatasync) and renamed into place,
 * then its directory is flushed. The files of one call are flushed in parallel and renamed in
 * order, the last one last; directory flushes are shared with concurrent calls
 * (directory-sync.ts). A call therefore waits for two device round trips, however many files.
 *
 * Opening, writing into the page cache, closing and renaming run synchronously: each takes
 * microseconds, while every hop to the thread pool costs a wake-up, which on a loaded machine
 * is a scheduling delay per step. Only the flushes, which wait for the device, go to the pool.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fdatasync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDirectorySync } from './directory-sync.js';

const flushFileData = promisify(fdatasync);

/** One file to write. */
export interface FileToWrite {
  readonly path: string;
  readonly body: Uint8Array;
}

/** Writes files durably. */
export interface DurableFileWriter {
  /** Writes every file; the last becomes visible after the others; all are durable on resolve. */
  writeFiles(files: readonly FileToWrite[]): Promise<void>;
}

/** Directories known to exist; past this many the memory is cleared and rebuilt as needed. */
const MAX_KNOWN_DIRECTORIES = 4096;

/** Creates a writer with its own memory of existing directories and its own flush rounds. */
export function createDurableFileWriter(): DurableFileWriter {
  const directorySync = createDirectorySync();
  const knownDirectories = new Set<string>();
  // Temporary names: unique between processes sharing a directory, and within this one.
  const temporaryPrefix = randomBytes(6).toString('hex');
  let temporaryCount = 0;

  /** Creates a directory unless known; returns the directories that gained an entry. */
  function ensureDirectory(directory: string): string[] {
    if (knownDirectories.has(directory)) return [];
    const firstCreated = mkdirSync(directory, { recursive: true });
    if (knownDirectories.size >= MAX_KNOWN_DIRECTORIES) knownDirectories.clear();
    knownDirectories.add(directory);
    if (firstCreated === undefined) return [];
    const changed: string[] = [];
    for (let created = directory; ; created = path.dirname(created)) {
      changed.push(path.dirname(created));
      if (created === firstCreated || created === path.dirname(created)) return changed;
    }
  }

  /** Opens a new temporary file beside `file`, recreating a directory removed meanwhile. */
  function openTemporary(temporary: string, changed: Set<string>): number {
    try {
      return openSync(temporary, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const directory = path.dirname(temporary);
      knownDirectories.delete(directory);
      for (const parent of ensureDirectory(directory)) changed.add(parent);
      return openSync(temporary, 'wx');
    }
  }

  /** Writes `body` to a new temporary file beside `file` and flushes it; returns its name. */
  async function writeTemporary(file: string, body: Uint8Array, changed: Set<string>) {
    const temporary = `${file}.${temporaryPrefix}-${++temporaryCount}.tmp`;
    const fd = openTemporary(temporary, changed);
    try {
      for (let written = 0; written < body.length;) {
        written += writeSync(fd, body, written, body.length - written);
      }
      await flushFileData(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(temporary, { force: true });
      throw error;
    }
    closeSync(fd);
    return temporary;
  }

  return {
    async writeFiles(files) {
      if (files.length === 0) return;
      const directories = new Set(files.map((file) => path.dirname(file.path)));
      // The directories to flush: those that get a new name, and the parents of new ones.
      const changed = new Set(directories);
      for (const directory of directories) {
        for (const parent of ensureDirectory(directory)) changed.add(parent);
      }
      const written = await Promise.allSettled(
        files.map((file) => writeTemporary(file.path, file.body, changed)),
      );
      const temporaries = written.flatMap((result) =>
        result.status === 'fulfilled' ? [result.value] : [],
      );
      try {
        const failure = written.find((result) => result.status === 'rejected');
        if (failure) throw failure.reason;
        temporaries.forEach((temporary, index) => renameSync(temporary, files[index]!.path));
      } catch (error) {
        for (const temporary of temporaries) rmSync(temporary, { force: true });
        throw error;
      }
      await directorySync.flush(changed);
    },
  };
}
