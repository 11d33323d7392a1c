/** @cairn/core: the shared kernel of Cairn. This barrel is the package's only public entry. */
export * from './errors.js';
export * from './config.js';
export * from './clock.js';
export * from './logger.js';
export * from './crash-id.js';
export * from './python-json.js';
export * from './python-json-parser.js';
export * from './version.js';
export * from './breakpad-report.js';
export * from './ports/crash-storage.js';
export * from './ports/crash-queue.js';
export * from './ports/search-index.js';
export * from './ports/app-db.js';
export * from './adapters/create-ports.js';
export { createFsCrashStorage } from './adapters/crash-storage/fs.js';
export { createBlobCrashStorage } from './adapters/crash-storage/blob-crash-storage.js';
export type { BlobStore } from './adapters/crash-storage/blob-store.js';
export { createS3CrashStorage, type S3CrashStorageOptions } from './adapters/crash-storage/s3.js';
export {
  createSqliteCrashQueue,
  type SqliteCrashQueueOptions,
} from './adapters/crash-queue/sqlite.js';
export { createSqsCrashQueue, type SqsCrashQueueOptions } from './adapters/crash-queue/sqs.js';
export { createSqliteAppDb } from './adapters/app-db/sqlite.js';
export { createPostgresAppDb } from './adapters/app-db/postgres.js';
export { createSqliteSearchIndex } from './adapters/search-index/sqlite.js';
export * from './http/service-routes.js';
