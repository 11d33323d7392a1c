import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchRetentionJob } from '../../../src/cron/jobs/search-retention.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';
import { makeProcessedCrash } from '../../fixtures/processed-crashes.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({
    now: new Date('2024-03-13T06:00:00Z'),
    searchRetentionWeeks: 4,
  });
});
afterEach(async () => deps.close());

describe('searchretention', () => {
  it('removes the crashes older than the search retention and keeps the others', async () => {
    const old = makeProcessedCrash({ date: '2024-01-10T12:00:00Z', signature: 'old' });
    const recent = makeProcessedCrash({ date: '2024-03-01T12:00:00Z', signature: 'recent' });
    await deps.searchIndex.indexCrashes([old, recent]);
    await deps.searchIndex.refresh();
    const summary = await searchRetentionJob.run(deps, {
      runTime: deps.clock.now(),
      lastSuccess: undefined,
    });
    expect(summary).toMatch(/^removed 1 crashes processed before 2024-02-\d\dT/);
    expect(await deps.searchIndex.getCrash(old.uuid as string)).toBeUndefined();
    expect(await deps.searchIndex.getCrash(recent.uuid as string)).toMatchObject({
      signature: 'recent',
    });
  });
});
