import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** A cache file being written; nothing is visible in the cache until `commit`. */
export interface CacheFileWriter {
  /** Appends downloaded bytes. */
  write(chunk: Uint8Array): Promise<void>;
  /** Appends `INFO URL <url>` and moves the file into place atomically. */
  commit(url: string): Promise<void>;
  /** Deletes the partial file. */
  abort(): Promise<void>;
}

/**
 * The on-disk symbol cache: downloads are written to a temporary file and renamed into
 * `<cacheDirectory>/<relative path>`, so readers (this process or others sharing the
 * directory) never see a partial file. An `INFO URL` line is appended so that a cache hit
 * still reports the URL the file came from. Reading the cache is a local supplier's job.
 */
export class DiskSymbolCache {
  /**
   * @param cacheDirectory root of the cache, in symbol-store layout
   * @param temporaryDirectory where partial downloads go; must be on the same file system for
   *   `rename` to be atomic. @defaultValue `<cacheDirectory>/.tmp`
   */
  constructor(
    readonly cacheDirectory: string,
    readonly temporaryDirectory = path.join(cacheDirectory, '.tmp'),
  ) {}

  /** Starts writing the cache entry for `relativePath`. */
  async createWriter(relativePath: string): Promise<CacheFileWriter> {
    const finalPath = path.resolve(this.cacheDirectory, relativePath);
    const inside = path.relative(path.resolve(this.cacheDirectory), finalPath);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new Error(`symbol cache path escapes the cache directory: ${relativePath}`);
    }
    await mkdir(this.temporaryDirectory, { recursive: true });
    const temporaryPath = path.join(this.temporaryDirectory, `${randomUUID()}.sym.tmp`);
    const handle: FileHandle = await open(temporaryPath, 'wx');
    let closed = false;
    const close = async (): Promise<void> => {
      if (!closed) {
        closed = true;
        await handle.close();
      }
    };
    return {
      async write(chunk) {
        await handle.write(chunk);
      },
      async commit(url) {
        await handle.write(`INFO URL ${url}\n`);
        await close();
        await mkdir(path.dirname(finalPath), { recursive: true });
        await rename(temporaryPath, finalPath);
      },
      async abort() {
        await close();
        await rm(temporaryPath, { force: true });
      },
    };
  }
}
