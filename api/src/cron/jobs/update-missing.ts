/**
 * `updatemissing`: checks again the crashes `verifyprocessed` recorded as missing, and marks
 * the ones now processed (in storage and in the search index). Reads the AppDb, crash
 * storage and the search index; writes `missing_processed_crashes`.
 */
import type { CronJob } from '../cron-job.js';
import { listOpenMissingCrashes, markCrashesProcessed } from '../missing-crash-store.js';
import { findUnprocessedCrashes } from '../processed-crash-check.js';

const BATCH = 1000;

/** The update-missing job. */
export const updateMissingJob: CronJob = {
  name: 'updatemissing',
  description: 'Marks the crashes recorded as missing that have been processed since.',
  frequency: '1d',
  timeOfDay: '03:00',
  backfill: false,
  async run(deps) {
    const open = await listOpenMissingCrashes(deps.appDb);
    let processed = 0;
    for (let start = 0; start < open.length; start += BATCH) {
      const batch = open.slice(start, start + BATCH);
      const stillMissing = new Set(await findUnprocessedCrashes(deps, batch));
      processed += await markCrashesProcessed(
        deps.appDb,
        batch.filter((crashId) => !stillMissing.has(crashId)),
      );
    }
    return `${open.length} missing crashes checked, ${processed} processed since`;
  },
};
