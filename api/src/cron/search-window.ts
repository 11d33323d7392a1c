/**
 * Visits every crash processed in a time window through Super Search, a page of 1,000 hits at
 * a time. Super Search answers at most 10,000 hits per query (offset + size), so a window
 * holding more is split in halves until each half fits.
 */
import { planSearch, SEARCH_LIMITS, type SearchHit } from '@cairn/core';
import type { CronDependencies } from './cron-dependencies.js';

/** Which crashes and which of their fields. */
export interface SearchWindow {
  /** Included, epoch milliseconds. */
  readonly fromMs: number;
  /** Excluded, epoch milliseconds. */
  readonly toMs: number;
  readonly columns: readonly string[];
}

/** Calls `visit` once per crash in the window, oldest first. */
export async function forEachCrashInWindow(
  deps: Pick<CronDependencies, 'searchIndex' | 'clock'>,
  window: SearchWindow,
  visit: (hit: SearchHit) => void,
): Promise<void> {
  const pageSize = SEARCH_LIMITS.maxResultsNumber;
  const search = (offset: number) =>
    deps.searchIndex.search(
      planSearch(
        {
          dateRange: {
            from: { value: new Date(window.fromMs).toISOString(), inclusive: true },
            to: { value: new Date(window.toMs).toISOString(), inclusive: false },
          },
          columns: window.columns,
          sort: [{ field: 'date', descending: false }],
          resultsNumber: pageSize,
          resultsOffset: offset,
          facetsSize: 0,
        },
        { permissions: new Set(), onForbiddenField: 'reject', now: deps.clock.now() },
      ),
    );
  const first = await search(0);
  if (first.total > SEARCH_LIMITS.maxResultWindow) {
    const middleMs = Math.floor((window.fromMs + window.toMs) / 2);
    if (middleMs === window.fromMs) {
      throw new RangeError(
        `More than ${SEARCH_LIMITS.maxResultWindow} crashes at ${new Date(window.fromMs).toISOString()}`,
      );
    }
    await forEachCrashInWindow(deps, { ...window, toMs: middleMs }, visit);
    await forEachCrashInWindow(deps, { ...window, fromMs: middleMs }, visit);
    return;
  }
  first.hits.forEach(visit);
  for (let offset = pageSize; offset < first.total; offset += pageSize) {
    const page = await search(offset);
    page.hits.forEach(visit);
    if (page.hits.length === 0) break;
  }
}
