/**
 * `clearsessions` (as Django's command the reference runs): deletes expired browser sessions.
 * Writes `sessions`.
 */
import { deleteExpiredSessions } from '../../stores/session-store.js';
import type { CronJob } from '../cron-job.js';

/** The session clean-up job. */
export const clearSessionsJob: CronJob = {
  name: 'clearsessions',
  description: 'Deletes expired sign-in sessions.',
  frequency: '7d',
  timeOfDay: '05:00',
  backfill: false,
  async run(deps, { runTime }) {
    return `deleted ${await deleteExpiredSessions(deps.appDb, runTime)} expired sessions`;
  },
};
