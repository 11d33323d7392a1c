import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanseCronLogJob } from '../../../src/cron/jobs/cleanse-cron-log.js';
import { listJobRuns, recordJobRun } from '../../../src/cron/run-log-store.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({ now: new Date('2024-07-01T05:00:00Z') });
});
afterEach(async () => deps.close());

const logged = (startedAt: string) =>
  recordJobRun(deps.appDb, {
    jobName: 'updatesignatures',
    runTime: new Date(startedAt),
    startedAt: new Date(startedAt),
    durationMs: 12.6,
    succeeded: true,
    summary: startedAt,
    error: undefined,
  });

describe('cleanse_cronlog', () => {
  it('deletes the runs logged more than 180 days ago', async () => {
    await logged('2024-01-02T04:59:59.000Z');
    await logged('2024-01-03T05:00:00.000Z');
    await logged('2024-06-30T05:00:00.000Z');
    expect(
      await cleanseCronLogJob.run(deps, { runTime: deps.clock.now(), lastSuccess: undefined }),
    ).toBe('deleted 1 runs logged before 2024-01-03T05:00:00.000Z');
    const kept = await listJobRuns(deps.appDb, 'updatesignatures', 10);
    expect(kept.map((run) => run.summary)).toEqual([
      '2024-06-30T05:00:00.000Z',
      '2024-01-03T05:00:00.000Z',
    ]);
    expect(kept[0]!.durationMs).toBe(13);
  });
});
