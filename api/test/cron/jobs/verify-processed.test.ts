import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCronRunner } from '../../../src/cron/cron-runner.js';
import { verifyProcessedJob } from '../../../src/cron/jobs/verify-processed.js';
import { listOpenMissingCrashes } from '../../../src/cron/missing-crash-store.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';
import { makeProcessedCrash, nextCrashId } from '../../fixtures/processed-crashes.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({ now: new Date('2024-03-13T04:00:00Z') });
});
afterEach(async () => deps.close());

/** Stores a crash collected on `day`, processed and indexed as asked. */
async function collect(
  day: string,
  { processed = false, indexed = false, processedAt = `${day}T12:00:00Z` } = {},
): Promise<string> {
  const crashId = nextCrashId(new Date(`${day}T12:00:00Z`));
  await deps.storage.saveRawCrash(crashId, { uuid: crashId }, new Map());
  const processedCrash = makeProcessedCrash({
    uuid: crashId,
    date: processedAt,
    signature: 'sig',
  });
  if (processed) await deps.storage.saveProcessedCrash(crashId, processedCrash);
  if (indexed) {
    await deps.searchIndex.indexCrash(processedCrash);
    await deps.searchIndex.refresh();
  }
  return crashId;
}

async function queued(): Promise<string[]> {
  const messages = await deps.queue.receive({ maxMessages: 100 });
  return messages.map((message) => `${message.queue}:${message.body}`).sort();
}

describe('verifyprocessed', () => {
  it('records the crashes of the day before that lack a processed crash or an index entry and queues them for reprocessing', async () => {
    await collect('2024-03-12', { processed: true, indexed: true });
    await collect('2024-03-12', {
      processed: true,
      indexed: true,
      processedAt: '2024-03-13T00:30:00Z',
    });
    const neverProcessed = await collect('2024-03-12');
    const notIndexed = await collect('2024-03-12', { processed: true });
    const notStored = await collect('2024-03-12', { indexed: true });
    await collect('2024-03-11');
    await collect('2024-03-13');

    const summary = await verifyProcessedJob.run(deps, {
      runTime: deps.clock.now(),
      lastSuccess: undefined,
    });

    expect(summary).toBe('20240312: 5 crashes checked, 3 unprocessed sent to reprocessing');
    const missing = [neverProcessed, notIndexed, notStored].sort();
    expect((await listOpenMissingCrashes(deps.appDb)).sort()).toEqual(missing);
    expect(await queued()).toEqual(missing.map((crashId) => `reprocessing:${crashId}`));
  });

  it('opens again a crash recorded before, found processed, and now missing again', async () => {
    const crashId = await collect('2024-03-12');
    await deps.appDb.db
      .insertInto('missing_processed_crashes')
      .values({ crash_id: crashId, is_processed: 1, created_at: '2024-03-01T00:00:00.000Z' })
      .execute();
    await verifyProcessedJob.run(deps, { runTime: deps.clock.now(), lastSuccess: undefined });
    expect(await listOpenMissingCrashes(deps.appDb)).toEqual([crashId]);
  });

  it('checks each missed day in order as a backfill job', async () => {
    const runner = createCronRunner({ jobs: [verifyProcessedJob], deps });
    await runner.runDueJobs();
    const first = await collect('2024-03-13');
    const second = await collect('2024-03-14');
    deps.clock.set(new Date('2024-03-15T05:00:00Z'));
    const [outcome] = await runner.runDueJobs();
    expect(outcome!.runs.map((run) => run.summary)).toEqual([
      '20240313: 1 crashes checked, 1 unprocessed sent to reprocessing',
      '20240314: 1 crashes checked, 1 unprocessed sent to reprocessing',
    ]);
    expect(await queued()).toEqual(
      [first, second].map((crashId) => `reprocessing:${crashId}`).sort(),
    );
  });
});
