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
export * from './ports/telemetry-storage.js';
export * from './adapters/create-ports.js';
export { createFsCrashStorage } from './adapters/crash-storage/fs.js';
export { createBlobCrashStorage } from './adapters/crash-storage/blob-crash-storage.js';
export type { BlobObject, BlobStore } from './adapters/crash-storage/blob-store.js';
export { createS3CrashStorage, type S3CrashStorageOptions } from './adapters/crash-storage/s3.js';
export {
  createSqliteCrashQueue,
  type SqliteCrashQueueOptions,
} from './adapters/crash-queue/sqlite.js';
export { createSqsCrashQueue, type SqsCrashQueueOptions } from './adapters/crash-queue/sqs.js';
export {
  createFsTelemetryStorage,
  createS3TelemetryStorage,
  telemetryCrashKey,
} from './adapters/telemetry-storage/blob-telemetry-storage.js';
export { createSqliteAppDb } from './adapters/app-db/sqlite.js';
export { createPostgresAppDb } from './adapters/app-db/postgres.js';
export {
  createSqliteSearchIndex,
  type SqliteSearchIndexOptions,
} from './adapters/search-index/sqlite/sqlite-search-index.js';
export {
  createElasticsearchSearchIndex,
  type ElasticsearchSearchIndexOptions,
} from './adapters/search-index/elasticsearch/elasticsearch-search-index.js';
export * from './fields/field-definition.js';
export * from './fields/filter-operators.js';
export { FIELD_CATALOG, findField, canUseField } from './fields/field-catalog.js';
export { suggestFieldNames } from './fields/suggest-field-names.js';
export * from './search/search-query.js';
export * from './search/search-plan.js';
export * from './search/search-errors.js';
export { planSearch, type PlanSearchOptions } from './search/planner/plan-search.js';
export type { PlanningCaller } from './search/planner/resolve-search-field.js';
export {
  parseCrashStatsQuery,
  type CrashStatsQuery,
  type CrashStatsParseOptions,
  type CrashStatsParameters,
} from './search/crash-stats/parse-crash-stats-query.js';
export { formatCrashStatsQuery } from './search/crash-stats/format-crash-stats-query.js';
export { toSearchDocument, type SearchDocument } from './search/search-document.js';
export { formatSearchDate, parseSearchDate } from './search/search-dates.js';
export * from './http/service-routes.js';
