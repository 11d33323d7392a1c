/**
 * `cleartokens`: deletes API tokens that expired, or were revoked, more than 30 days ago
 * (with their permission grants). The grace period keeps a recently expired token answering
 * "API Token found but expired" rather than "not matched", so its owner knows to renew it.
 * Writes `api_tokens`.
 */
import type { CronJob } from '../cron-job.js';

const GRACE_MS = 30 * 86_400_000;

/** The API token clean-up job. */
export const clearTokensJob: CronJob = {
  name: 'cleartokens',
  description: 'Deletes API tokens that expired or were revoked more than 30 days ago.',
  frequency: '7d',
  timeOfDay: '05:00',
  backfill: false,
  async run(deps, { runTime }) {
    const before = new Date(runTime.getTime() - GRACE_MS).toISOString();
    const result = await deps.appDb.db
      .deleteFrom('api_tokens')
      .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before)]))
      .executeTakeFirst();
    return `deleted ${Number(result.numDeletedRows)} tokens expired or revoked before ${before}`;
  },
};
