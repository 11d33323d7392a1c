/** The few object-store operations both crash-storage adapters (files, S3) provide. */
export interface BlobStore {
  /** Writes an object whole; a reader sees either the old object or the new one. */
  putObject(key: string, body: Uint8Array): Promise<void>;
  /** Reads an object, or undefined when there is none. */
  getObject(key: string): Promise<Uint8Array | undefined>;
  /** Keys that start with `prefix`, in lexical order. */
  listKeys(prefix: string): AsyncIterable<string>;
  /** Resolves when the store can be written and read. */
  checkHealth(): Promise<void>;
  close(): Promise<void>;
}
