/** The log of job runs (`cron_logs`): one row per run, or per slot of a backfill job. */
import { randomUUID } from 'node:crypto';
import type { AppDb } from '@cairn/core';

/** One logged run. */
export interface JobRunRecord {
  readonly jobName: string;
  readonly runTime: Date;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly succeeded: boolean;
  /** What the job reported doing; undefined when it failed. */
  readonly summary: string | undefined;
  /** The error class and message; undefined when it succeeded. */
  readonly error: string | undefined;
}

/** Appends a run to the log. */
export async function recordJobRun(appDb: AppDb, record: JobRunRecord): Promise<void> {
  await appDb.db
    .insertInto('cron_logs')
    .values({
      id: randomUUID(),
      job_name: record.jobName,
      run_time: record.runTime.toISOString(),
      started_at: record.startedAt.toISOString(),
      duration_ms: Math.round(record.durationMs),
      succeeded: record.succeeded ? 1 : 0,
      summary: record.summary ?? null,
      error: record.error ?? null,
    })
    .execute();
}

/** A job's latest runs, newest first. */
export async function listJobRuns(
  appDb: AppDb,
  jobName: string,
  limit: number,
): Promise<JobRunRecord[]> {
  const rows = await appDb.db
    .selectFrom('cron_logs')
    .selectAll()
    .where('job_name', '=', jobName)
    .orderBy('started_at', 'desc')
    .orderBy('run_time', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    jobName: row.job_name,
    runTime: new Date(row.run_time),
    startedAt: new Date(row.started_at),
    durationMs: Number(row.duration_ms),
    succeeded: Number(row.succeeded) === 1,
    summary: row.summary ?? undefined,
    error: row.error ?? undefined,
  }));
}

/** Deletes the runs started before `cutoff`; returns how many. */
export async function deleteJobRunsBefore(appDb: AppDb, cutoff: Date): Promise<number> {
  const result = await appDb.db
    .deleteFrom('cron_logs')
    .where('started_at', '<', cutoff.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
