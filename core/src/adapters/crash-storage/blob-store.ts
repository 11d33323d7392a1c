/** One object to write. */
export interface BlobObject {
  readonly key: string;
  readonly body: Uint8Array;
}

/** The few object-store operations both crash-storage adapters (files, S3) provide. */
export interface BlobStore {
  /** Writes an object whole; a reader sees either the old object or the new one. */
  putObject(key: string, body: Uint8Array): Promise<void>;
  /**
   * Writes several objects together, where the store can do it faster than one by one; the
   * last object becomes visible only after all the others. Without it, objects are put one
   * after another in order.
   */
  putObjects?(objects: readonly BlobObject[]): Promise<void>;
  /** Reads an object, or undefined when there is none. */
  getObject(key: string): Promise<Uint8Array | undefined>;
  /** Whether an object exists, without reading it. */
  hasObject(key: string): Promise<boolean>;
  /** Deletes an object; deleting one that does not exist is not an error. */
  deleteObject(key: string): Promise<void>;
  /** Keys that start with `prefix`, in lexical order. */
  listKeys(prefix: string): AsyncIterable<string>;
  /**
   * The names of the "folders" directly under `prefix` (which ends with `/`): the next key
   * segment of the keys below it, each once, in lexical order.
   */
  listFolders(prefix: string): AsyncIterable<string>;
  /** Resolves when the store can be written and read. */
  checkHealth(): Promise<void>;
  close(): Promise<void>;
}
