/**
 * `crashstorageretention`: deletes crashes from crash storage once the day in their crash id
 * is more than CAIRN_CRASH_STORAGE_RETENTION_DAYS old (the reference keeps 6 months, through
 * a bucket lifecycle rule; Cairn's file storage has none, so a job does it for both). Each
 * crash goes whole: raw crash, dumps, processed crash. Reads and writes crash storage; off
 * when the retention is 0.
 */
import { hasCrashIdShape } from '@cairn/core';
import type { CronJob } from '../cron-job.js';
import { mapConcurrently } from '../map-concurrently.js';

const DAY_MS = 86_400_000;
const BATCH = 100;
const CONCURRENT_DELETIONS = 8;

/** The crash-storage retention job. */
export const crashStorageRetentionJob: CronJob = {
  name: 'crashstorageretention',
  description:
    'Deletes raw and processed crashes older than CAIRN_CRASH_STORAGE_RETENTION_DAYS from crash storage.',
  frequency: '1d',
  timeOfDay: '06:30',
  backfill: false,
  async run(deps, { runTime }) {
    const days = deps.config.crashStorageRetentionDays;
    if (days === 0) return 'skipped: CAIRN_CRASH_STORAGE_RETENTION_DAYS is 0 (keep forever)';
    // Days before the cutoff day are gone; the cutoff day itself is kept.
    const cutoffDay = formatDay(new Date(runTime.getTime() - days * DAY_MS));
    const expiredDays: string[] = [];
    for await (const day of deps.storage.listRawCrashDates()) {
      if (day < cutoffDay) expiredDays.push(day);
    }
    let deleted = 0;
    for (const day of expiredDays) {
      let batch: string[] = [];
      const deleteBatch = async () => {
        await mapConcurrently(batch, CONCURRENT_DELETIONS, (id) => deps.storage.deleteCrash(id));
        deleted += batch.length;
        batch = [];
      };
      for await (const crashId of deps.storage.listRawCrashIds(day)) {
        // Something else stored under the day (a stray file) is not a crash to delete.
        if (!hasCrashIdShape(crashId)) continue;
        batch.push(crashId);
        if (batch.length === BATCH) await deleteBatch();
      }
      await deleteBatch();
    }
    return `deleted ${deleted} crashes of ${expiredDays.length} days before ${cutoffDay}`;
  },
};

function formatDay(time: Date): string {
  return time.toISOString().slice(0, 10).replaceAll('-', '');
}
