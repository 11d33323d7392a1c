import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateMissingJob } from '../../../src/cron/jobs/update-missing.js';
import {
  listOpenMissingCrashes,
  recordMissingCrashes,
} from '../../../src/cron/missing-crash-store.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';
import { makeProcessedCrash, nextCrashId } from '../../fixtures/processed-crashes.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({ now: new Date('2024-03-14T03:00:00Z') });
});
afterEach(async () => deps.close());

async function process(crashId: string, { stored = true, indexed = true } = {}) {
  const processed = makeProcessedCrash({
    uuid: crashId,
    date: '2024-03-13T18:00:00Z',
    signature: 'sig',
  });
  if (stored) await deps.storage.saveProcessedCrash(crashId, processed);
  if (indexed) await deps.searchIndex.indexCrash(processed);
  await deps.searchIndex.refresh();
}

describe('updatemissing', () => {
  it('marks the recorded crashes that are now stored and indexed, and leaves the others open', async () => {
    const ids = Array.from({ length: 4 }, () => nextCrashId(new Date('2024-03-12T12:00:00Z')));
    const [done, onlyStored, onlyIndexed, untouched] = ids as [string, string, string, string];
    await recordMissingCrashes(deps.appDb, ids, new Date('2024-03-13T04:00:00Z'));
    await process(done);
    await process(onlyStored, { indexed: false });
    await process(onlyIndexed, { stored: false });

    const summary = await updateMissingJob.run(deps, {
      runTime: deps.clock.now(),
      lastSuccess: undefined,
    });

    expect(summary).toBe('4 missing crashes checked, 1 processed since');
    expect((await listOpenMissingCrashes(deps.appDb)).sort()).toEqual(
      [onlyStored, onlyIndexed, untouched].sort(),
    );
    const row = await deps.appDb.db
      .selectFrom('missing_processed_crashes')
      .selectAll()
      .where('crash_id', '=', done)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      crash_id: done,
      is_processed: 1,
      created_at: '2024-03-13T04:00:00.000Z',
    });
    expect(
      await updateMissingJob.run(deps, { runTime: deps.clock.now(), lastSuccess: undefined }),
    ).toBe('3 missing crashes checked, 0 processed since');
  });
});
