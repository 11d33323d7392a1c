/** What `cairn cron list` and the API show of each job: its schedule with its stored state. */
import type { AppDb } from '@cairn/core';
import type { CronJob, Frequency } from './cron-job.js';
import { listJobStates } from './job-state-store.js';

/** A job's schedule and state. Dates are undefined until they happen. */
export interface JobStatus {
  readonly name: string;
  readonly description: string;
  readonly frequency: Frequency;
  readonly timeOfDay: string | undefined;
  readonly backfill: boolean;
  readonly nextRunAt: Date | undefined;
  readonly firstRunAt: Date | undefined;
  readonly lastRunAt: Date | undefined;
  readonly lastSuccessAt: Date | undefined;
  /** Failures since the last success. */
  readonly errorCount: number;
  readonly lastError: string | undefined;
  /** The runner running it now, if any (its lock may have expired). */
  readonly lockOwner: string | undefined;
  readonly lockExpiresAt: Date | undefined;
}

/** The status of every job, in the jobs' order. */
export async function listJobStatuses(
  appDb: AppDb,
  jobs: readonly CronJob[],
): Promise<JobStatus[]> {
  const states = await listJobStates(appDb);
  return jobs.map((job) => {
    const state = states.get(job.name);
    return {
      name: job.name,
      description: job.description,
      frequency: job.frequency,
      timeOfDay: job.timeOfDay,
      backfill: job.backfill,
      nextRunAt: state?.nextRunAt,
      firstRunAt: state?.firstRunAt,
      lastRunAt: state?.lastRunAt,
      lastSuccessAt: state?.lastSuccessAt,
      errorCount: state?.errorCount ?? 0,
      lastError: state?.lastError,
      lockOwner: state?.lockOwner,
      lockExpiresAt: state?.lockExpiresAt,
    };
  });
}
