/**
 * Scheduled jobs' state in the AppDb (`cron_jobs`), and the lock that keeps two runners from
 * running one job at once. Taking the lock is one conditional UPDATE (free, or expired), so it
 * is atomic on SQLite and PostgreSQL alike; every later write is conditional on still holding
 * it, so a runner whose lock was taken over cannot overwrite the new holder's state.
 */
import type { AppDb, CronJobTable } from '@cairn/core';
import { nextRunAfterFailure } from './schedule.js';

/** A job's stored state, dates parsed. */
export interface JobState {
  readonly name: string;
  readonly nextRunAt: Date | undefined;
  readonly firstRunAt: Date | undefined;
  readonly lastRunAt: Date | undefined;
  readonly lastSuccessAt: Date | undefined;
  readonly errorCount: number;
  readonly lastError: string | undefined;
  readonly lockOwner: string | undefined;
  readonly lockExpiresAt: Date | undefined;
}

const toDate = (value: string | null) => (value === null ? undefined : new Date(value));

function toJobState(row: CronJobTable): JobState {
  return {
    name: row.name,
    nextRunAt: toDate(row.next_run_at),
    firstRunAt: toDate(row.first_run_at),
    lastRunAt: toDate(row.last_run_at),
    lastSuccessAt: toDate(row.last_success_at),
    errorCount: Number(row.error_count),
    lastError: row.last_error ?? undefined,
    lockOwner: row.lock_owner ?? undefined,
    lockExpiresAt: toDate(row.lock_expires_at),
  };
}

/** Creates the state rows of jobs that have none yet (never run). */
export async function ensureJobStates(appDb: AppDb, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await appDb.db
    .insertInto('cron_jobs')
    .values(names.map((name) => ({ name, error_count: 0 })))
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
}

/** One job's state; undefined when it has no row. */
export async function readJobState(appDb: AppDb, name: string): Promise<JobState | undefined> {
  const row = await appDb.db
    .selectFrom('cron_jobs')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  return row && toJobState(row);
}

/** Every stored job state, by name. */
export async function listJobStates(appDb: AppDb): Promise<Map<string, JobState>> {
  const rows = await appDb.db.selectFrom('cron_jobs').selectAll().execute();
  return new Map(rows.map((row) => [row.name, toJobState(row)]));
}

/** Takes the job's lock when it is free or expired; whether it was taken. */
export async function tryLockJob(
  appDb: AppDb,
  lock: { name: string; owner: string; now: Date; timeoutMs: number },
): Promise<boolean> {
  const now = lock.now.toISOString();
  const result = await appDb.db
    .updateTable('cron_jobs')
    .set({
      lock_owner: lock.owner,
      lock_expires_at: new Date(lock.now.getTime() + lock.timeoutMs).toISOString(),
    })
    .where('name', '=', lock.name)
    .where((eb) => eb.or([eb('lock_owner', 'is', null), eb('lock_expires_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Pushes the lock's expiry back after progress; false when the lock is no longer ours. */
export async function extendJobLock(
  appDb: AppDb,
  lock: { name: string; owner: string; now: Date; timeoutMs: number },
): Promise<boolean> {
  const result = await appDb.db
    .updateTable('cron_jobs')
    .set({ lock_expires_at: new Date(lock.now.getTime() + lock.timeoutMs).toISOString() })
    .where('name', '=', lock.name)
    .where('lock_owner', '=', lock.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Releases the job's lock if it is still ours. */
export async function unlockJob(appDb: AppDb, name: string, owner: string): Promise<void> {
  await appDb.db
    .updateTable('cron_jobs')
    .set({ lock_owner: null, lock_expires_at: null })
    .where('name', '=', name)
    .where('lock_owner', '=', owner)
    .execute();
}

/** Records a successful run (one slot); false when the lock is no longer ours. */
export async function recordRunSuccess(
  appDb: AppDb,
  run: { name: string; owner: string; runTime: Date; now: Date },
): Promise<boolean> {
  const now = run.now.toISOString();
  const result = await appDb.db
    .updateTable('cron_jobs')
    .set((eb) => ({
      last_success_at: run.runTime.toISOString(),
      last_run_at: now,
      first_run_at: eb.fn.coalesce('first_run_at', eb.val(now)),
    }))
    .where('name', '=', run.name)
    .where('lock_owner', '=', run.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records that every due run succeeded: errors cleared, next run scheduled. */
export async function recordJobSuccess(
  appDb: AppDb,
  job: { name: string; owner: string; nextRunAt: Date },
): Promise<void> {
  await appDb.db
    .updateTable('cron_jobs')
    .set({ next_run_at: job.nextRunAt.toISOString(), error_count: 0, last_error: null })
    .where('name', '=', job.name)
    .where('lock_owner', '=', job.owner)
    .execute();
}

/** Records a failed run: one more error, retried a minute after `now`. */
export async function recordJobFailure(
  appDb: AppDb,
  failure: { name: string; owner: string; error: string; now: Date },
): Promise<void> {
  const now = failure.now.toISOString();
  await appDb.db
    .updateTable('cron_jobs')
    .set((eb) => ({
      next_run_at: nextRunAfterFailure(failure.now).toISOString(),
      last_run_at: now,
      first_run_at: eb.fn.coalesce('first_run_at', eb.val(now)),
      error_count: eb('error_count', '+', 1),
      last_error: failure.error,
    }))
    .where('name', '=', failure.name)
    .where('lock_owner', '=', failure.owner)
    .execute();
}

/** Forgets a job's state and lock: it runs as if for the first time. */
export async function deleteJobState(appDb: AppDb, name: string): Promise<void> {
  await appDb.db.deleteFrom('cron_jobs').where('name', '=', name).execute();
}
