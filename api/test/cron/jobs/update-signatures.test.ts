import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCronRunner } from '../../../src/cron/cron-runner.js';
import { updateSignaturesJob } from '../../../src/cron/jobs/update-signatures.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';
import { makeProcessedCrash } from '../../fixtures/processed-crashes.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({ now: new Date('2024-03-13T12:00:30Z') });
});
afterEach(async () => deps.close());

async function index(...crashes: { date: string; signature: string; build?: string }[]) {
  await deps.searchIndex.indexCrashes(crashes.map(makeProcessedCrash));
  await deps.searchIndex.refresh();
}

async function storedSignatures() {
  return deps.appDb.db.selectFrom('signatures').selectAll().orderBy('signature').execute();
}

describe('updatesignatures', () => {
  it('keeps the earliest date and the lowest build of each signature, crashes without a build skipped', async () => {
    await index(
      { date: '2024-03-13T11:00:00Z', signature: 'OOM | small', build: '20240301000000' },
      { date: '2024-03-13T10:45:00Z', signature: 'OOM | small', build: '20240305000000' },
      { date: '2024-03-13T10:31:00Z', signature: 'OOM | small' },
      { date: '2024-03-13T11:59:59Z', signature: 'shutdownhang', build: '20240310000000' },
      { date: '2024-03-13T10:29:59Z', signature: 'before the window', build: '1' },
      { date: '2024-03-13T12:00:00Z', signature: 'at the end of the window', build: '1' },
    );
    const summary = await updateSignaturesJob.run(deps, {
      runTime: deps.clock.now(),
      lastSuccess: undefined,
    });
    expect(summary).toBe(
      '4 crashes from 2024-03-13T10:30:00.000Z to 2024-03-13T12:00:00.000Z: 2 signatures, 2 new or seen earlier',
    );
    expect(await storedSignatures()).toEqual([
      {
        signature: 'OOM | small',
        first_date: '2024-03-13T10:45:00.000Z',
        first_build: '20240301000000',
      },
      {
        signature: 'shutdownhang',
        first_date: '2024-03-13T11:59:59.000Z',
        first_build: '20240310000000',
      },
    ]);
  });

  it('moves stored values earlier and never later, each on its own', async () => {
    await deps.appDb.db
      .insertInto('signatures')
      .values([
        { signature: 'a', first_date: '2024-03-13T11:00:00.000Z', first_build: '20240101000000' },
        { signature: 'b', first_date: '2024-01-01T00:00:00.000Z', first_build: '20240301000000' },
        { signature: 'c', first_date: '2024-01-01T00:00:00.000Z', first_build: '20230101000000' },
        { signature: 'd', first_date: '2024-03-13T11:00:00.000Z', first_build: null },
      ])
      .execute();
    await index(
      { date: '2024-03-13T10:40:00Z', signature: 'a', build: '20240201000000' },
      { date: '2024-03-13T10:40:00Z', signature: 'b', build: '20240201000000' },
      { date: '2024-03-13T10:40:00Z', signature: 'c', build: '20240201000000' },
      { date: '2024-03-13T11:30:00Z', signature: 'd', build: '20240201000000' },
    );
    const summary = await updateSignaturesJob.run(deps, {
      runTime: deps.clock.now(),
      lastSuccess: undefined,
    });
    expect(summary).toMatch(/: 4 signatures, 3 new or seen earlier$/);
    expect(await storedSignatures()).toEqual([
      { signature: 'a', first_date: '2024-03-13T10:40:00.000Z', first_build: '20240101000000' },
      { signature: 'b', first_date: '2024-01-01T00:00:00.000Z', first_build: '20240201000000' },
      { signature: 'c', first_date: '2024-01-01T00:00:00.000Z', first_build: '20230101000000' },
      { signature: 'd', first_date: '2024-03-13T11:00:00.000Z', first_build: '20240201000000' },
    ]);
  });

  it('looks from ten minutes before the last success, minutes truncated, up to the run time', async () => {
    await index(
      { date: '2024-03-13T09:49:59Z', signature: 'too early', build: '1' },
      { date: '2024-03-13T09:50:00Z', signature: 'in the overlap', build: '1' },
    );
    const summary = await updateSignaturesJob.run(deps, {
      runTime: new Date('2024-03-13T11:00:45Z'),
      lastSuccess: new Date('2024-03-13T10:00:59Z'),
    });
    expect(summary).toBe(
      '1 crashes from 2024-03-13T09:50:00.000Z to 2024-03-13T11:00:00.000Z: 1 signatures, 1 new or seen earlier',
    );
  });

  it('catches up missed hours in order as a backfill job', async () => {
    const runner = createCronRunner({ jobs: [updateSignaturesJob], deps });
    await runner.runDueJobs();
    await index(
      { date: '2024-03-13T13:30:00Z', signature: 'new at 13:30', build: '20240313000000' },
      { date: '2024-03-13T14:30:00Z', signature: 'new at 13:30', build: '20240312000000' },
      { date: '2024-03-13T14:20:00Z', signature: 'new at 14:20', build: '20240313000000' },
    );
    deps.clock.set(new Date('2024-03-13T15:10:00Z'));
    const [outcome] = await runner.runDueJobs();
    expect(outcome!.runs.map((run) => run.summary)).toEqual([
      '0 crashes from 2024-03-13T11:50:00.000Z to 2024-03-13T13:00:00.000Z: 0 signatures, 0 new or seen earlier',
      '1 crashes from 2024-03-13T12:50:00.000Z to 2024-03-13T14:00:00.000Z: 1 signatures, 1 new or seen earlier',
      '2 crashes from 2024-03-13T13:50:00.000Z to 2024-03-13T15:00:00.000Z: 2 signatures, 2 new or seen earlier',
    ]);
    expect(await storedSignatures()).toEqual([
      {
        signature: 'new at 13:30',
        first_date: '2024-03-13T13:30:00.000Z',
        first_build: '20240312000000',
      },
      {
        signature: 'new at 14:20',
        first_date: '2024-03-13T14:20:00.000Z',
        first_build: '20240313000000',
      },
    ]);
  });
});
