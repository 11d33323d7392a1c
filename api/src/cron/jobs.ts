/**
 * Every scheduled job, in the order a runner goes through them (research/socorro-processor.md
 * §7 for the reference's list; docs/cron.md for what each reads and writes). Times are UTC.
 */
import type { CronJob } from './cron-job.js';
import { bugAssociationsJob } from './jobs/bug-associations.js';
import { cleanseCronLogJob } from './jobs/cleanse-cron-log.js';
import { clearSessionsJob } from './jobs/clear-sessions.js';
import { clearTokensJob } from './jobs/clear-tokens.js';
import { crashStorageRetentionJob } from './jobs/crash-storage-retention.js';
import { productVersionsJob } from './jobs/product-versions.js';
import { searchRetentionJob } from './jobs/search-retention.js';
import { updateMissingJob } from './jobs/update-missing.js';
import { updateSignaturesJob } from './jobs/update-signatures.js';
import { verifyProcessedJob } from './jobs/verify-processed.js';

/** The jobs `cairn cron` runs. */
export const CRON_JOBS: readonly CronJob[] = Object.freeze([
  // Hourly.
  bugAssociationsJob,
  updateSignaturesJob,
  productVersionsJob,
  // Daily. updatemissing (03:00) re-checks before verifyprocessed (04:00) records new ones.
  updateMissingJob,
  verifyProcessedJob,
  searchRetentionJob,
  crashStorageRetentionJob,
  // Weekly.
  clearSessionsJob,
  clearTokensJob,
  cleanseCronLogJob,
]);
