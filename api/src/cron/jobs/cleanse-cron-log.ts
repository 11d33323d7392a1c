/** `cleanse_cronlog`: deletes job run logs older than 180 days. Writes `cron_logs`. */
import type { CronJob } from '../cron-job.js';
import { deleteJobRunsBefore } from '../run-log-store.js';

/** How long job runs stay in the log. */
export const RUN_LOG_RETENTION_DAYS = 180;

/** The run log clean-up job. */
export const cleanseCronLogJob: CronJob = {
  name: 'cleanse_cronlog',
  description: `Deletes job run logs older than ${RUN_LOG_RETENTION_DAYS} days.`,
  frequency: '7d',
  timeOfDay: '05:00',
  backfill: false,
  async run(deps, { runTime }) {
    const cutoff = new Date(runTime.getTime() - RUN_LOG_RETENTION_DAYS * 86_400_000);
    const deleted = await deleteJobRunsBefore(deps.appDb, cutoff);
    return `deleted ${deleted} runs logged before ${cutoff.toISOString()}`;
  },
};
