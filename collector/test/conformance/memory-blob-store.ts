/**
 * An in-memory BlobStore for the conformance suite, under core's real crash-storage logic
 * (keys, write order, JSON bytes). It records every write in order, which is what the
 * vectors' `gcs_objects_in_write_order` checks, and can be told to fail writes, as the
 * reference's tests make GCS fail.
 */
import type { BlobStore } from '@cairn/core';

/** A recording blob store. */
export interface MemoryBlobStore extends BlobStore {
  /** Every successful write, in order. */
  readonly writes: [key: string, body: Uint8Array][];
  /** Keys whose writes throw (the error message is empty, like the reference's tests). */
  failWrites: (key: string) => boolean;
  /** Failed write attempts, in order. */
  readonly failedWrites: string[];
}

/** Creates an empty recording store. */
export function createMemoryBlobStore(): MemoryBlobStore {
  const objects = new Map<string, Uint8Array>();
  const store: MemoryBlobStore = {
    writes: [],
    failedWrites: [],
    failWrites: () => false,
    async putObject(key, body) {
      if (store.failWrites(key)) {
        store.failedWrites.push(key);
        throw new Error('');
      }
      objects.set(key, Uint8Array.from(body));
      store.writes.push([key, Uint8Array.from(body)]);
    },
    async getObject(key) {
      return objects.get(key);
    },
    async hasObject(key) {
      return objects.has(key);
    },
    async deleteObject(key) {
      objects.delete(key);
    },
    async *listKeys(prefix) {
      for (const key of [...objects.keys()].sort()) if (key.startsWith(prefix)) yield key;
    },
    async *listFolders(prefix) {
      const folders = new Set<string>();
      for (const key of objects.keys()) {
        const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';
        if (rest.includes('/')) folders.add(rest.slice(0, rest.indexOf('/')));
      }
      yield* [...folders].sort();
    },
    async checkHealth() {},
    async close() {},
  };
  return store;
}
