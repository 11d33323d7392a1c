import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachCrashInWindow } from '../../src/cron/search-window.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../fixtures/cron-dependencies.js';
import { makeProcessedCrash } from '../fixtures/processed-crashes.js';

const START_MS = Date.parse('2024-03-13T00:00:00Z');
const CRASHES = 10_050;

let deps: TestCronDependencies;
beforeAll(async () => {
  deps = await createTestCronDependencies({ now: new Date('2024-03-14T00:00:00Z') });
  // One crash every 8 seconds from midnight: 10,050 crashes over about 22 hours.
  const crashes = Array.from({ length: CRASHES }, (_, index) =>
    makeProcessedCrash({
      date: new Date(START_MS + index * 8000).toISOString(),
      signature: `signature ${index % 7}`,
      build: String(20240301000000 + index),
    }),
  );
  await deps.searchIndex.indexCrashes(crashes);
  await deps.searchIndex.refresh();
});
afterAll(async () => deps.close());

describe('forEachCrashInWindow', () => {
  it('visits each crash of a window holding more than the 10,000 a search can page through once, oldest first', async () => {
    const dates: number[] = [];
    await forEachCrashInWindow(
      deps,
      { fromMs: START_MS, toMs: START_MS + 86_400_000, columns: ['date', 'build_id'] },
      (hit) => dates.push(Date.parse(String(hit.date))),
    );
    expect(dates).toHaveLength(CRASHES);
    expect(new Set(dates).size).toBe(CRASHES);
    expect(dates.every((date, index) => index === 0 || date > dates[index - 1]!)).toBe(true);
  });

  it('includes the start of the window and excludes its end', async () => {
    const builds: unknown[] = [];
    await forEachCrashInWindow(
      deps,
      { fromMs: START_MS + 8000, toMs: START_MS + 24_000, columns: ['build_id'] },
      (hit) => builds.push(hit.build_id),
    );
    expect(builds).toEqual([20240301000001, 20240301000002]);
  });
});
