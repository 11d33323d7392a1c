/**
 * The `cronJobs` query: each scheduled job's schedule, state and latest runs, for
 * administrators (needs manage_users; the shield checks, and so does the resolver).
 */
import { CairnError } from '@cairn/core';
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../../auth/permissions.js';
import { CRON_JOBS } from '../../cron/jobs.js';
import { listJobStatuses, type JobStatus } from '../../cron/job-status.js';
import { listJobRuns, type JobRunRecord } from '../../cron/run-log-store.js';
import type { ApiContext } from '../context.js';

const RECENT_RUNS = 10;

@ObjectType('CronJobRun', {
  description: 'One run of a scheduled job (one slot, for backfill jobs).',
})
export class CronJobRunType {
  @Field(() => String, { description: 'The time the run was for (ISO 8601, UTC).' })
  runTime!: string;
  @Field(() => String) startedAt!: string;
  @Field(() => Int) durationMs!: number;
  @Field(() => Boolean) succeeded!: boolean;
  @Field(() => String, { nullable: true, description: 'What the job reported doing.' })
  summary!: string | null;
  @Field(() => String, { nullable: true, description: 'The error class and message.' })
  error!: string | null;
}

@ObjectType('CronJobStatus', { description: "A scheduled job's schedule and state." })
export class CronJobStatusType {
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'How long after a success it runs again: 1h, 1d, 7d…' })
  frequency!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM (UTC) its runs snap to.' })
  timeOfDay!: string | null;
  @Field(() => Boolean, { description: 'Whether missed slots are caught up, in order.' })
  backfill!: boolean;
  @Field(() => String, { nullable: true }) lastSuccessAt!: string | null;
  @Field(() => String, { nullable: true }) lastRunAt!: string | null;
  @Field(() => String, { nullable: true }) nextRunAt!: string | null;
  @Field(() => Int, { description: 'Failures since the last success.' }) errorCount!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => String, { nullable: true, description: 'The runner running it now.' })
  lockOwner!: string | null;
  @Field(() => String, { nullable: true }) lockExpiresAt!: string | null;
  @Field(() => [CronJobRunType], { description: `Its latest ${RECENT_RUNS} runs, newest first.` })
  recentRuns!: CronJobRunType[];
}

const iso = (time: Date | undefined) => time?.toISOString() ?? null;

function toRunType(run: JobRunRecord): CronJobRunType {
  return {
    runTime: run.runTime.toISOString(),
    startedAt: run.startedAt.toISOString(),
    durationMs: run.durationMs,
    succeeded: run.succeeded,
    summary: run.summary ?? null,
    error: run.error ?? null,
  };
}

function toStatusType(status: JobStatus, runs: readonly JobRunRecord[]): CronJobStatusType {
  return {
    name: status.name,
    description: status.description,
    frequency: status.frequency,
    timeOfDay: status.timeOfDay ?? null,
    backfill: status.backfill,
    lastSuccessAt: iso(status.lastSuccessAt),
    lastRunAt: iso(status.lastRunAt),
    nextRunAt: iso(status.nextRunAt),
    errorCount: status.errorCount,
    lastError: status.lastError ?? null,
    lockOwner: status.lockOwner ?? null,
    lockExpiresAt: iso(status.lockExpiresAt),
    recentRuns: runs.map(toRunType),
  };
}

@Resolver()
export class CronResolver {
  @Query(() => [CronJobStatusType], {
    description: "Every scheduled job's schedule, state and latest runs (needs manage_users).",
  })
  async cronJobs(@Ctx() context: ApiContext): Promise<CronJobStatusType[]> {
    if (!context.caller.permissions.has('manage_users')) {
      throw new CairnError(
        'AUTH_FORBIDDEN',
        `Scheduled jobs require the '${PERMISSIONS.manage_users}' (manage_users) permission`,
      );
    }
    const appDb = context.deps.appDb;
    const statuses = await listJobStatuses(appDb, CRON_JOBS);
    return Promise.all(
      statuses.map(async (status) =>
        toStatusType(status, await listJobRuns(appDb, status.name, RECENT_RUNS)),
      ),
    );
  }
}
