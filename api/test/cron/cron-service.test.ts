import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CronJob } from '../../src/cron/cron-job.js';
import { createCronRunner } from '../../src/cron/cron-runner.js';
import { startCronService } from '../../src/cron/cron-service.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../fixtures/cron-dependencies.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies();
});
afterEach(async () => deps.close());

describe('startCronService', () => {
  it('runs the due jobs pass after pass until stopped', async () => {
    const runner = createCronRunner({ jobs: [], deps });
    let passes = 0;
    let thirdPass!: () => void;
    const reachedThirdPass = new Promise<void>((resolve) => (thirdPass = resolve));
    const counting = {
      ...runner,
      async runDueJobs(signal?: AbortSignal) {
        if (++passes === 3) thirdPass();
        return runner.runDueJobs(signal);
      },
    };
    const service = startCronService(counting, { intervalMs: 5, logger: deps.logger });
    await reachedThirdPass;
    await service.stop();
    const stoppedAt = passes;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(passes).toBe(stoppedAt);
  });

  it('lets the job in progress finish when stopped, and starts no other', async () => {
    const events: string[] = [];
    let finishJob!: () => void;
    let jobStarted!: () => void;
    const started = new Promise<void>((resolve) => (jobStarted = resolve));
    const slow: CronJob = {
      name: 'slow',
      description: 'waits to be told to finish',
      frequency: '1h',
      backfill: false,
      async run() {
        events.push('slow started');
        jobStarted();
        await new Promise<void>((resolve) => (finishJob = resolve));
        events.push('slow finished');
        return 'done';
      },
    };
    const next: CronJob = {
      name: 'next',
      description: 'comes after the slow job',
      frequency: '1h',
      backfill: false,
      async run() {
        events.push('next ran');
        return 'done';
      },
    };
    const service = startCronService(createCronRunner({ jobs: [slow, next], deps }), {
      intervalMs: 60_000,
      logger: deps.logger,
    });
    await started;
    const stopped = service.stop().then(() => events.push('stopped'));
    finishJob();
    await stopped;
    expect(events).toEqual(['slow started', 'slow finished', 'stopped']);
  });
});
