/**
 * The self-healing job runner (the reference's `cronrun`, research/socorro-processor.md §7).
 * For each due job it takes the job's lock in the AppDb, checks again that the job is still
 * due (another runner may have just run it), runs each run time (every missed slot, for a
 * backfill job), logs each, and schedules the next run: one period after a success, one minute
 * after a failure. Several runners on several machines can share one database.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { CairnError } from '@cairn/core';
import type { CronDependencies } from './cron-dependencies.js';
import type { CronJob } from './cron-job.js';
import {
  deleteJobState,
  ensureJobStates,
  extendJobLock,
  readJobState,
  recordJobFailure,
  recordJobSuccess,
  recordRunSuccess,
  tryLockJob,
  unlockJob,
  type JobState,
} from './job-state-store.js';
import { listJobStatuses, type JobStatus } from './job-status.js';
import { recordJobRun } from './run-log-store.js';
import {
  isJobDue,
  listRunTimes,
  nextRunAfterSuccess,
  parseFrequency,
  parseTimeOfDay,
} from './schedule.js';

/** How the runner is set up. */
export interface CronRunnerOptions {
  /** The jobs, in the order they are run (jobs.ts). */
  readonly jobs: readonly CronJob[];
  readonly deps: CronDependencies;
  /** The name this runner takes locks under. @defaultValue `<host>:<pid>:<random>` */
  readonly owner?: string;
}

/** What happened to one job in one attempt. */
export type JobOutcomeStatus =
  /** Every due run succeeded. */
  | 'succeeded'
  /** A run threw; it is retried a minute later. */
  | 'failed'
  /** Not due yet. */
  | 'not_due'
  /** Another runner holds the job. */
  | 'locked'
  /** The lock expired and another runner took the job over while this one ran it. */
  | 'lock_lost';

/** One run of an attempt. */
export interface JobRunResult {
  readonly runTime: Date;
  /** What the job reported doing, when it succeeded. */
  readonly summary?: string;
  /** The error class and message, when it failed. */
  readonly error?: string;
}

/** The outcome of one attempt to run a job. */
export interface JobOutcome {
  readonly job: string;
  readonly status: JobOutcomeStatus;
  readonly runs: readonly JobRunResult[];
}

/** A runner over one set of jobs. */
export interface CronRunner {
  /** The name this runner takes locks under. */
  readonly owner: string;
  /** Runs every due job once, in order; stops between jobs once `signal` is aborted. */
  runDueJobs(signal?: AbortSignal): Promise<JobOutcome[]>;
  /**
   * Runs one job if it is due, or whether due or not with `force`. Throws CRON_JOB_UNKNOWN
   * for a name no job has, CRON_JOB_LOCKED when another runner holds the job.
   */
  runJob(name: string, options?: { force?: boolean }): Promise<JobOutcome>;
  /** Every job's schedule and state. */
  listJobs(): Promise<JobStatus[]>;
  /** Forgets a job's state and lock, so it runs as if for the first time. */
  resetJob(name: string): Promise<void>;
}

/** Checks the jobs' declarations and builds a runner; throws on a bad declaration. */
export function createCronRunner(options: CronRunnerOptions): CronRunner {
  const { jobs, deps } = options;
  checkJobDeclarations(jobs);
  const owner =
    options.owner ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const { appDb, clock } = deps;
  const lockTimeoutMs = deps.config.lockTimeoutMs;

  function findJob(name: string): CronJob {
    const job = jobs.find((candidate) => candidate.name === name);
    if (!job) {
      throw new CairnError(
        'CRON_JOB_UNKNOWN',
        `No job named ${JSON.stringify(name)}; the jobs are ${jobs.map((j) => j.name).join(', ')}`,
      );
    }
    return job;
  }

  async function attempt(job: CronJob, force: boolean): Promise<JobOutcome> {
    await ensureJobStates(appDb, [job.name]);
    const before = await readJobState(appDb, job.name);
    if (!force && before && !isJobDue(job, before, clock.now())) {
      return { job: job.name, status: 'not_due', runs: [] };
    }
    const lock = { name: job.name, owner, now: clock.now(), timeoutMs: lockTimeoutMs };
    if (!(await tryLockJob(appDb, lock))) {
      if (force) throw await lockedError(job.name);
      return { job: job.name, status: 'locked', runs: [] };
    }
    try {
      // Read again under the lock: another runner may have run the job since the first read.
      const state = await readJobState(appDb, job.name);
      if (!state || (!force && !isJobDue(job, state, clock.now()))) {
        return { job: job.name, status: 'not_due', runs: [] };
      }
      return await runDueTimes(job, state, force);
    } finally {
      await unlockJob(appDb, job.name, owner);
    }
  }

  async function runDueTimes(job: CronJob, state: JobState, force: boolean): Promise<JobOutcome> {
    const logger = deps.logger.child({ job: job.name });
    let lastSuccess = state.lastSuccessAt;
    const runTimes = listRunTimes(job, lastSuccess, clock.now());
    if (runTimes.length === 0 && force) runTimes.push(clock.now());
    const runs: JobRunResult[] = [];
    for (const runTime of runTimes) {
      const startedAt = clock.now();
      const startMs = performance.now();
      let summary: string;
      try {
        summary = await job.run(deps, { runTime, lastSuccess });
      } catch (thrown) {
        const error = formatJobError(thrown);
        const durationMs = performance.now() - startMs;
        logger.error({ run_time: runTime, duration_ms: durationMs, err: thrown }, 'job failed');
        await recordJobRun(appDb, {
          jobName: job.name,
          runTime,
          startedAt,
          durationMs,
          succeeded: false,
          summary: undefined,
          error,
        });
        await recordJobFailure(appDb, { name: job.name, owner, error, now: clock.now() });
        runs.push({ runTime, error });
        return { job: job.name, status: 'failed', runs };
      }
      const durationMs = performance.now() - startMs;
      logger.info({ run_time: runTime, duration_ms: durationMs, summary }, 'job succeeded');
      await recordJobRun(appDb, {
        jobName: job.name,
        runTime,
        startedAt,
        durationMs,
        succeeded: true,
        summary,
        error: undefined,
      });
      runs.push({ runTime, summary });
      const lock = { name: job.name, owner, now: clock.now(), timeoutMs: lockTimeoutMs };
      const stillHeld =
        (await recordRunSuccess(appDb, { name: job.name, owner, runTime, now: clock.now() })) &&
        (await extendJobLock(appDb, lock));
      if (!stillHeld) {
        logger.warn({ run_time: runTime }, 'job lock expired and was taken over; stopping');
        return { job: job.name, status: 'lock_lost', runs };
      }
      lastSuccess = runTime;
    }
    await recordJobSuccess(appDb, {
      name: job.name,
      owner,
      nextRunAt: nextRunAfterSuccess(job, clock.now()),
    });
    return { job: job.name, status: 'succeeded', runs };
  }

  async function lockedError(name: string): Promise<CairnError> {
    const state = await readJobState(appDb, name);
    return new CairnError(
      'CRON_JOB_LOCKED',
      `Job ${name} is being run by ${state?.lockOwner ?? 'another runner'} (lock expires ${state?.lockExpiresAt?.toISOString() ?? 'soon'})`,
    );
  }

  return {
    owner,
    async runDueJobs(signal) {
      const outcomes: JobOutcome[] = [];
      for (const job of jobs) {
        if (signal?.aborted) break;
        try {
          outcomes.push(await attempt(job, false));
        } catch (thrown) {
          // The database itself failed; the next pass tries again.
          deps.logger.error({ job: job.name, err: thrown }, 'could not run job');
          outcomes.push({ job: job.name, status: 'failed', runs: [] });
        }
      }
      return outcomes;
    },
    async runJob(name, runOptions) {
      return attempt(findJob(name), runOptions?.force ?? false);
    },
    listJobs: () => listJobStatuses(appDb, jobs),
    async resetJob(name) {
      await deleteJobState(appDb, findJob(name).name);
    },
  };
}

function checkJobDeclarations(jobs: readonly CronJob[]): void {
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new RangeError(`Two jobs are named ${job.name}`);
    names.add(job.name);
    parseFrequency(job.frequency);
    if (job.timeOfDay !== undefined) parseTimeOfDay(job.timeOfDay);
  }
}

/** The error class (and code, for Cairn errors) and message, for the log and the state. */
function formatJobError(thrown: unknown): string {
  const text =
    thrown instanceof CairnError
      ? `${thrown.name} ${thrown.code}: ${thrown.message}`
      : thrown instanceof Error
        ? `${thrown.name}: ${thrown.message}`
        : `Thrown value: ${String(thrown)}`;
  return text.slice(0, 2000);
}
