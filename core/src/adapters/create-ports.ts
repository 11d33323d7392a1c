/** Builds each port's adapter from the configuration: the one place that chooses adapters. */
import type { CairnConfig } from '../config.js';
import type { AppDb } from '../ports/app-db.js';
import type { CrashQueue } from '../ports/crash-queue.js';
import type { CrashStorage } from '../ports/crash-storage.js';
import type { SearchIndex } from '../ports/search-index.js';
import type { TelemetryStorage } from '../ports/telemetry-storage.js';
import { createPostgresAppDb } from './app-db/postgres.js';
import { createSqliteAppDb } from './app-db/sqlite.js';
import { createSqliteCrashQueue } from './crash-queue/sqlite.js';
import { createSqsCrashQueue } from './crash-queue/sqs.js';
import { createFsCrashStorage } from './crash-storage/fs.js';
import { createS3CrashStorage } from './crash-storage/s3.js';
import { createElasticsearchSearchIndex } from './search-index/elasticsearch/elasticsearch-search-index.js';
import {
  createFsTelemetryStorage,
  createS3TelemetryStorage,
} from './telemetry-storage/blob-telemetry-storage.js';
import { createSqliteSearchIndex } from './search-index/sqlite/sqlite-search-index.js';

/** The crash storage the configuration names. */
export function createCrashStorage(config: CairnConfig): CrashStorage {
  const storage = config.crashStorage;
  return storage.kind === 's3' ? createS3CrashStorage(storage) : createFsCrashStorage(storage.root);
}

/** The crash queue the configuration names. */
export function createCrashQueue(config: CairnConfig): CrashQueue {
  const queue = config.queue;
  return queue.kind === 'sqs'
    ? createSqsCrashQueue(queue)
    : createSqliteCrashQueue({ file: queue.path, visibilityTimeoutMs: queue.visibilityTimeoutMs });
}

/** The search index the configuration names. */
export function createSearchIndex(config: CairnConfig): SearchIndex {
  const search = config.search;
  if (search.kind === 'elasticsearch') {
    const { url, indexPrefix, shards, replicas, retentionWeeks } = search;
    return createElasticsearchSearchIndex({ url, indexPrefix, shards, replicas, retentionWeeks });
  }
  return createSqliteSearchIndex({ file: search.path, retentionWeeks: search.retentionWeeks });
}

/** The Telemetry export the configuration names; undefined when the export is off. */
export function createTelemetryStorage(config: CairnConfig): TelemetryStorage | undefined {
  const telemetry = config.telemetry;
  if (telemetry.kind === 'none') return undefined;
  return telemetry.kind === 's3'
    ? createS3TelemetryStorage(telemetry)
    : createFsTelemetryStorage(telemetry.root);
}

/** The application database the configuration names. */
export function createAppDb(config: CairnConfig): AppDb {
  const database = config.database;
  return database.kind === 'postgres'
    ? createPostgresAppDb(database.url)
    : createSqliteAppDb(database.path);
}
