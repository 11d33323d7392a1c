import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CairnError } from '@cairn/core';
import type { CronJob, JobRun } from '../../src/cron/cron-job.js';
import { createCronRunner } from '../../src/cron/cron-runner.js';
import { ensureJobStates, readJobState, tryLockJob } from '../../src/cron/job-state-store.js';
import { listJobRuns } from '../../src/cron/run-log-store.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../fixtures/cron-dependencies.js';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

/** A job that records its runs and does what `behaviour` says (succeed by default). */
function recordingJob(
  schedule: Partial<CronJob> & { name: string },
  behaviour: (run: JobRun) => Promise<string> = async () => 'done',
) {
  const runs: JobRun[] = [];
  const job: CronJob = {
    description: `the ${schedule.name} job`,
    frequency: '1h',
    backfill: false,
    ...schedule,
    async run(_deps, run) {
      runs.push(run);
      return behaviour(run);
    },
  };
  return { job, runs };
}

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({ now: at('2024-03-13T12:00:00Z') });
});
afterEach(async () => deps.close());

describe('cron runner: schedule and state', () => {
  it('runs a job that never ran, logs the run and schedules the next one a period later', async () => {
    const { job, runs } = recordingJob({ name: 'hourly' }, async () => '3 things done');
    const runner = createCronRunner({ jobs: [job], deps, owner: 'runner-a' });
    const [outcome] = await runner.runDueJobs();
    expect(outcome).toEqual({
      job: 'hourly',
      status: 'succeeded',
      runs: [{ runTime: at('2024-03-13T12:00:00Z'), summary: '3 things done' }],
    });
    expect(runs).toEqual([{ runTime: at('2024-03-13T12:00:00Z'), lastSuccess: undefined }]);
    const state = await readJobState(deps.appDb, 'hourly');
    expect(state).toMatchObject({
      nextRunAt: at('2024-03-13T13:00:00Z'),
      firstRunAt: at('2024-03-13T12:00:00Z'),
      lastRunAt: at('2024-03-13T12:00:00Z'),
      lastSuccessAt: at('2024-03-13T12:00:00Z'),
      errorCount: 0,
      lastError: undefined,
      lockOwner: undefined,
      lockExpiresAt: undefined,
    });
    const logged = await listJobRuns(deps.appDb, 'hourly', 10);
    expect(logged).toMatchObject([
      { runTime: at('2024-03-13T12:00:00Z'), succeeded: true, summary: '3 things done' },
    ]);
  });

  it('leaves a job alone until it is due, then runs it with its last success', async () => {
    const { job, runs } = recordingJob({ name: 'hourly' });
    const runner = createCronRunner({ jobs: [job], deps });
    await runner.runDueJobs();
    deps.clock.advance(HOUR - 1);
    expect(await runner.runDueJobs()).toEqual([{ job: 'hourly', status: 'not_due', runs: [] }]);
    deps.clock.advance(1);
    await runner.runDueJobs();
    expect(runs.map((run) => run.lastSuccess)).toEqual([undefined, at('2024-03-13T12:00:00Z')]);
  });

  it('waits for the time of day before the first run and snaps later runs to it', async () => {
    deps.clock.set(at('2024-03-13T04:59:00Z'));
    const { job, runs } = recordingJob({ name: 'weekly', frequency: '7d', timeOfDay: '05:00' });
    const runner = createCronRunner({ jobs: [job], deps });
    expect((await runner.runDueJobs())[0]!.status).toBe('not_due');
    deps.clock.set(at('2024-03-13T05:02:30Z'));
    expect((await runner.runDueJobs())[0]!.status).toBe('succeeded');
    expect(runs).toHaveLength(1);
    expect((await readJobState(deps.appDb, 'weekly'))!.nextRunAt).toEqual(
      at('2024-03-20T05:00:00Z'),
    );
  });

  it('records a failure, retries a minute later, and clears the errors after a success', async () => {
    let failuresLeft = 2;
    const { job, runs } = recordingJob({ name: 'flaky' }, async () => {
      if (failuresLeft-- > 0) throw new TypeError('the upstream said no');
      return 'worked';
    });
    const runner = createCronRunner({ jobs: [job], deps });
    expect(await runner.runDueJobs()).toEqual([
      {
        job: 'flaky',
        status: 'failed',
        runs: [{ runTime: at('2024-03-13T12:00:00Z'), error: 'TypeError: the upstream said no' }],
      },
    ]);
    expect(await readJobState(deps.appDb, 'flaky')).toMatchObject({
      nextRunAt: at('2024-03-13T12:01:00Z'),
      errorCount: 1,
      lastError: 'TypeError: the upstream said no',
      lastSuccessAt: undefined,
      lockOwner: undefined,
    });
    deps.clock.advance(59_999);
    expect((await runner.runDueJobs())[0]!.status).toBe('not_due');
    deps.clock.advance(1);
    expect((await runner.runDueJobs())[0]!.status).toBe('failed');
    expect((await readJobState(deps.appDb, 'flaky'))!.errorCount).toBe(2);
    deps.clock.advance(60_000);
    expect((await runner.runDueJobs())[0]!.status).toBe('succeeded');
    expect(runs).toHaveLength(3);
    expect(await readJobState(deps.appDb, 'flaky')).toMatchObject({
      errorCount: 0,
      lastError: undefined,
      lastSuccessAt: at('2024-03-13T12:02:00Z'),
      nextRunAt: at('2024-03-13T13:02:00Z'),
    });
    const logged = await listJobRuns(deps.appDb, 'flaky', 10);
    expect(logged.map((run) => run.succeeded)).toEqual([true, false, false]);
    expect(logged[1]!.error).toBe('TypeError: the upstream said no');
  });

  it('names the code of a Cairn error in the recorded error', async () => {
    const { job } = recordingJob({ name: 'coded' }, async () => {
      throw new CairnError('BUGZILLA_FAILED', 'Bugzilla answered 503');
    });
    await createCronRunner({ jobs: [job], deps }).runDueJobs();
    expect((await readJobState(deps.appDb, 'coded'))!.lastError).toBe(
      'CairnError BUGZILLA_FAILED: Bugzilla answered 503',
    );
  });
});

describe('cron runner: backfill', () => {
  it('runs every missed slot in order, each with the previous slot as its last success', async () => {
    const { job, runs } = recordingJob({ name: 'backfilled', backfill: true });
    const runner = createCronRunner({ jobs: [job], deps });
    await runner.runDueJobs();
    deps.clock.advance(3 * HOUR + 20 * 60_000);
    const [outcome] = await runner.runDueJobs();
    expect(outcome!.runs.map((run) => run.runTime)).toEqual([
      at('2024-03-13T13:00:00Z'),
      at('2024-03-13T14:00:00Z'),
      at('2024-03-13T15:00:00Z'),
    ]);
    expect(runs.slice(1)).toEqual([
      { runTime: at('2024-03-13T13:00:00Z'), lastSuccess: at('2024-03-13T12:00:00Z') },
      { runTime: at('2024-03-13T14:00:00Z'), lastSuccess: at('2024-03-13T13:00:00Z') },
      { runTime: at('2024-03-13T15:00:00Z'), lastSuccess: at('2024-03-13T14:00:00Z') },
    ]);
    expect(await readJobState(deps.appDb, 'backfilled')).toMatchObject({
      lastSuccessAt: at('2024-03-13T15:00:00Z'),
      nextRunAt: at('2024-03-13T16:20:00Z'),
    });
    expect(await listJobRuns(deps.appDb, 'backfilled', 10)).toHaveLength(4);
  });

  it('keeps the slots done before a failure and resumes at the slot that failed', async () => {
    let failSlot: string | undefined = '2024-03-13T14:00:00.000Z';
    const { job, runs } = recordingJob({ name: 'backfilled', backfill: true }, async (run) => {
      if (run.runTime.toISOString() === failSlot) throw new Error('slot failed');
      return 'ok';
    });
    const runner = createCronRunner({ jobs: [job], deps });
    await runner.runDueJobs();
    deps.clock.advance(3 * HOUR);
    const [failed] = await runner.runDueJobs();
    expect(failed!.status).toBe('failed');
    expect(failed!.runs.map((run) => run.error ?? 'ok')).toEqual(['ok', 'Error: slot failed']);
    expect((await readJobState(deps.appDb, 'backfilled'))!.lastSuccessAt).toEqual(
      at('2024-03-13T13:00:00Z'),
    );
    failSlot = undefined;
    deps.clock.advance(60_000);
    const [resumed] = await runner.runDueJobs();
    expect(resumed!.runs.map((run) => run.runTime)).toEqual([
      at('2024-03-13T14:00:00Z'),
      at('2024-03-13T15:00:00Z'),
    ]);
    expect(runs.map((run) => run.runTime.toISOString().slice(11, 16))).toEqual([
      '12:00',
      '13:00',
      '14:00',
      '14:00',
      '15:00',
    ]);
  });
});

describe('cron runner: locks', () => {
  it('skips a job another runner holds and takes the lock over once it is older than the timeout', async () => {
    const { job, runs } = recordingJob({ name: 'held' });
    const runner = createCronRunner({ jobs: [job], deps, owner: 'runner-a' });
    await ensureJobStates(deps.appDb, ['held']);
    const lock = { name: 'held', owner: 'crashed-runner', now: deps.clock.now() };
    expect(await tryLockJob(deps.appDb, { ...lock, timeoutMs: deps.config.lockTimeoutMs })).toBe(
      true,
    );
    expect(await runner.runDueJobs()).toEqual([{ job: 'held', status: 'locked', runs: [] }]);
    deps.clock.advance(deps.config.lockTimeoutMs - 1);
    expect((await runner.runDueJobs())[0]!.status).toBe('locked');
    deps.clock.advance(1);
    expect((await runner.runDueJobs())[0]!.status).toBe('succeeded');
    expect(runs).toHaveLength(1);
    expect((await readJobState(deps.appDb, 'held'))!.lockOwner).toBeUndefined();
  });

  it('stops, without overwriting the new holder, when its lock was taken over during a run', async () => {
    const other = { name: 'slow', owner: 'runner-b', timeoutMs: 1000 };
    const { job } = recordingJob({ name: 'slow', backfill: true }, async (run) => {
      if (run.lastSuccess) {
        // The run outlives the lock; runner-b takes the job over meanwhile.
        deps.clock.advance(deps.config.lockTimeoutMs);
        await tryLockJob(deps.appDb, { ...other, now: deps.clock.now() });
      }
      return 'slow work';
    });
    const runner = createCronRunner({ jobs: [job], deps, owner: 'runner-a' });
    await runner.runDueJobs();
    deps.clock.advance(2 * HOUR);
    const [outcome] = await runner.runDueJobs();
    expect(outcome!.status).toBe('lock_lost');
    expect(outcome!.runs).toHaveLength(1);
    expect(await readJobState(deps.appDb, 'slow')).toMatchObject({
      lockOwner: 'runner-b',
      lastSuccessAt: at('2024-03-13T12:00:00Z'),
      nextRunAt: at('2024-03-13T13:00:00Z'),
    });
  });
});

describe('cron runner: commands', () => {
  it('runs a job that is not due when forced, and refuses to force a held job', async () => {
    const { job, runs } = recordingJob({ name: 'daily', frequency: '1d' });
    const runner = createCronRunner({ jobs: [job], deps, owner: 'runner-a' });
    await runner.runJob('daily');
    expect((await runner.runJob('daily')).status).toBe('not_due');
    expect((await runner.runJob('daily', { force: true })).status).toBe('succeeded');
    expect(runs).toHaveLength(2);
    await tryLockJob(deps.appDb, {
      name: 'daily',
      owner: 'runner-b',
      now: deps.clock.now(),
      timeoutMs: 1000,
    });
    await expect(runner.runJob('daily', { force: true })).rejects.toMatchObject({
      code: 'CRON_JOB_LOCKED',
      message: 'Job daily is being run by runner-b (lock expires 2024-03-13T12:00:01.000Z)',
    });
  });

  it('forces a backfill job with no missed slot to run once, now', async () => {
    const { job, runs } = recordingJob({ name: 'backfilled', backfill: true });
    const runner = createCronRunner({ jobs: [job], deps });
    await runner.runJob('backfilled');
    deps.clock.advance(60_000);
    await runner.runJob('backfilled', { force: true });
    expect(runs.map((run) => run.runTime)).toEqual([
      at('2024-03-13T12:00:00Z'),
      at('2024-03-13T12:01:00Z'),
    ]);
  });

  it('resets a job so it runs as if for the first time, lock included', async () => {
    const { job, runs } = recordingJob({ name: 'daily', frequency: '1d', backfill: true });
    const runner = createCronRunner({ jobs: [job], deps });
    await runner.runDueJobs();
    await tryLockJob(deps.appDb, {
      name: 'daily',
      owner: 'gone',
      now: deps.clock.now(),
      timeoutMs: HOUR,
    });
    await runner.resetJob('daily');
    expect(await readJobState(deps.appDb, 'daily')).toBeUndefined();
    deps.clock.advance(HOUR);
    await runner.runDueJobs();
    expect(runs.map((run) => run.lastSuccess)).toEqual([undefined, undefined]);
  });

  it('names the jobs there are when asked for an unknown one', async () => {
    const runner = createCronRunner({
      jobs: [recordingJob({ name: 'one' }).job, recordingJob({ name: 'two' }).job],
      deps,
    });
    await expect(runner.runJob('three')).rejects.toMatchObject({
      code: 'CRON_JOB_UNKNOWN',
      message: 'No job named "three"; the jobs are one, two',
    });
    await expect(runner.resetJob('three')).rejects.toMatchObject({ code: 'CRON_JOB_UNKNOWN' });
  });

  it('lists each job schedule with its state, in order', async () => {
    const runner = createCronRunner({
      jobs: [
        recordingJob({ name: 'later', timeOfDay: '23:00', frequency: '1d' }).job,
        recordingJob({ name: 'now', backfill: true }).job,
      ],
      deps,
    });
    await runner.runDueJobs();
    expect(await runner.listJobs()).toEqual([
      expect.objectContaining({
        name: 'later',
        frequency: '1d',
        timeOfDay: '23:00',
        backfill: false,
        lastSuccessAt: undefined,
        nextRunAt: undefined,
        errorCount: 0,
      }),
      expect.objectContaining({
        name: 'now',
        description: 'the now job',
        frequency: '1h',
        timeOfDay: undefined,
        backfill: true,
        lastSuccessAt: at('2024-03-13T12:00:00Z'),
        nextRunAt: at('2024-03-13T13:00:00Z'),
      }),
    ]);
  });

  it('refuses declarations with a duplicate name or a bad schedule', () => {
    const one = recordingJob({ name: 'one' }).job;
    expect(() => createCronRunner({ jobs: [one, one], deps })).toThrow('Two jobs are named one');
    expect(() =>
      createCronRunner({ jobs: [recordingJob({ name: 'bad', timeOfDay: '25:00' }).job], deps }),
    ).toThrow(/Not a time of day/);
  });

  it('keeps running the other jobs when one fails, and stops between jobs when asked', async () => {
    const failing = recordingJob({ name: 'failing' }, async () => {
      throw new Error('no');
    });
    const second = recordingJob({ name: 'second' });
    const runner = createCronRunner({ jobs: [failing.job, second.job], deps });
    expect((await runner.runDueJobs()).map((outcome) => outcome.status)).toEqual([
      'failed',
      'succeeded',
    ]);
    const stop = new AbortController();
    stop.abort();
    expect(await runner.runDueJobs(stop.signal)).toEqual([]);
  });
});
