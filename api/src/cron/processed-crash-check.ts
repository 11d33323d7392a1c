/**
 * Which crashes are not fully processed: no processed crash in storage, or no entry in the
 * search index. The index is asked in batches of 100 ids over the crash day ± 5 days, as the
 * reference does, because a crash collected just before midnight is processed the next day.
 */
import { crashIdDate, planSearch } from '@cairn/core';
import type { CronDependencies } from './cron-dependencies.js';
import { mapConcurrently } from './map-concurrently.js';

const SEARCH_BATCH = 100;
const CONCURRENT_STORAGE_CHECKS = 16;
const DAY_MS = 86_400_000;
const DATE_MARGIN_DAYS = 5;

/** The ids among `crashIds` missing from storage's processed crashes or from the index. */
export async function findUnprocessedCrashes(
  deps: Pick<CronDependencies, 'storage' | 'searchIndex' | 'clock'>,
  crashIds: readonly string[],
): Promise<string[]> {
  const inStorage = await mapConcurrently(crashIds, CONCURRENT_STORAGE_CHECKS, (crashId) =>
    deps.storage.hasProcessedCrash(crashId),
  );
  const missing = new Set(crashIds.filter((_, index) => !inStorage[index]));
  const byDay = new Map<string, string[]>();
  for (const crashId of crashIds) {
    const day = crashIdDate(crashId);
    byDay.set(day, [...(byDay.get(day) ?? []), crashId]);
  }
  for (const [day, ids] of byDay) {
    for (let start = 0; start < ids.length; start += SEARCH_BATCH) {
      const batch = ids.slice(start, start + SEARCH_BATCH);
      const indexed = await findIndexedCrashes(deps, day, batch);
      for (const crashId of batch) if (!indexed.has(crashId)) missing.add(crashId);
    }
  }
  return crashIds.filter((crashId) => missing.has(crashId));
}

async function findIndexedCrashes(
  deps: Pick<CronDependencies, 'searchIndex' | 'clock'>,
  day: string,
  crashIds: readonly string[],
): Promise<Set<string>> {
  const dayMs = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6)),
  );
  const plan = planSearch(
    {
      filter: {
        kind: 'or',
        filters: crashIds.map((uuid) => ({
          kind: 'condition' as const,
          field: 'uuid',
          operator: 'matches' as const,
          value: uuid,
        })),
      },
      dateRange: {
        from: { value: new Date(dayMs - DATE_MARGIN_DAYS * DAY_MS).toISOString(), inclusive: true },
        to: {
          value: new Date(dayMs + (DATE_MARGIN_DAYS + 1) * DAY_MS).toISOString(),
          inclusive: false,
        },
      },
      columns: ['uuid'],
      resultsNumber: crashIds.length,
      facetsSize: 0,
    },
    { permissions: new Set(), onForbiddenField: 'reject', now: deps.clock.now() },
  );
  const result = await deps.searchIndex.search(plan);
  return new Set(result.hits.map((hit) => String(hit.uuid)));
}
