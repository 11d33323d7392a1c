/**
 * `verifyprocessed`: finds the raw crashes of the day before the run time that have no
 * processed crash in storage or no entry in the search index, records them in
 * `missing_processed_crashes`, and sends them to the reprocessing queue. A backfill job: a
 * missed day is checked later, in order. Reads crash storage and the search index; writes
 * the AppDb and the reprocessing queue.
 */
import { hasCrashIdShape } from '@cairn/core';
import type { CronJob } from '../cron-job.js';
import { recordMissingCrashes } from '../missing-crash-store.js';
import { findUnprocessedCrashes } from '../processed-crash-check.js';

const DAY_MS = 86_400_000;
const BATCH = 1000;

/** The verify-processed job. */
export const verifyProcessedJob: CronJob = {
  name: 'verifyprocessed',
  description:
    'Sends the crashes collected the day before that were never processed or indexed to the reprocessing queue, and records them.',
  frequency: '1d',
  timeOfDay: '04:00',
  backfill: true,
  async run(deps, { runTime }) {
    const day = new Date(runTime.getTime() - DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
    let checked = 0;
    let missing = 0;
    let batch: string[] = [];
    const checkBatch = async () => {
      const unprocessed = await findUnprocessedCrashes(deps, batch);
      if (unprocessed.length > 0) {
        // Recorded before queued: a failed publish leaves the record, and the retry queues again.
        await recordMissingCrashes(deps.appDb, unprocessed, deps.clock.now());
        await deps.queue.publish('reprocessing', unprocessed);
      }
      checked += batch.length;
      missing += unprocessed.length;
      batch = [];
    };
    for await (const crashId of deps.storage.listRawCrashIds(day)) {
      if (!hasCrashIdShape(crashId)) continue;
      batch.push(crashId);
      if (batch.length === BATCH) await checkBatch();
    }
    await checkBatch();
    if (missing > 0) deps.logger.warn({ day, missing }, 'unprocessed crashes sent to reprocessing');
    return `${day}: ${checked} crashes checked, ${missing} unprocessed sent to reprocessing`;
  },
};
