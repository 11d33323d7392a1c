/** The jobs' schedules as a Markdown table, for docs/cron.md (`cairn cron list --markdown`). */
import type { CronJob } from './cron-job.js';

/** One row per job, in order: name, schedule (UTC), backfill, what it does. */
export function formatJobScheduleTable(jobs: readonly CronJob[]): string {
  const rows = jobs.map(
    (job) =>
      `| \`${job.name}\` | every ${job.frequency}${job.timeOfDay ? ` at ${job.timeOfDay}` : ''} | ${job.backfill ? 'yes' : 'no'} | ${job.description} |`,
  );
  return [
    '| job | schedule (UTC) | backfill | what it does |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
