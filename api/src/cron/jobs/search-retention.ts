/**
 * `searchretention` (the reference's `esclean`): removes crashes older than the search
 * retention (CAIRN_SEARCH_RETENTION_WEEKS) from the search index: whole weekly indices on
 * Elasticsearch, rows on SQLite. Reads and writes the search index.
 */
import type { CronJob } from '../cron-job.js';

/** The search retention job. */
export const searchRetentionJob: CronJob = {
  name: 'searchretention',
  description:
    'Deletes crashes older than CAIRN_SEARCH_RETENTION_WEEKS from the search index (whole weekly indices on Elasticsearch).',
  frequency: '1d',
  timeOfDay: '06:00',
  backfill: false,
  async run(deps, { runTime }) {
    const report = await deps.searchIndex.applyRetention(runTime);
    const indices =
      report.removedIndices.length > 0 ? ` (indices ${report.removedIndices.join(', ')})` : '';
    return `removed ${report.removedCrashes} crashes processed before ${report.cutoff}${indices}`;
  },
};
