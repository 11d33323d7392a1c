/**
 * What `cairn reprocess` does, apart from parsing its arguments: find the crashes (given ids, a
 * Crash Stats Super Search query, or the processor's dead letters) and publish them to the
 * reprocessing queue in batches, as the reference's Reprocessing API does.
 */
import {
  formatWorkItem,
  parseCrashStatsQuery,
  planSearch,
  SEARCH_LIMITS,
  type CrashQueue,
  type SearchIndex,
  type WorkItem,
} from '@cairn/core';

/** Crashes published per queue request. */
const PUBLISH_BATCH = 100;

/** Text that cannot be turned into work items; the message names it. */
export class ReprocessInputError extends Error {
  override name = 'ReprocessInputError';
}

/** The crash ids of every crash matching a Super Search query string, newest first. */
export async function findCrashIdsByQuery(
  searchIndex: SearchIndex,
  queryString: string,
  now: Date,
): Promise<{ total: number; crashIds: () => AsyncIterable<string> }> {
  const parameters = new URLSearchParams(queryString.replace(/^\?/, ''));
  for (const meta of ['_columns', '_results_number', '_results_offset', '_facets', '_aggs']) {
    parameters.delete(meta);
  }
  const { query } = parseCrashStatsQuery(parameters);
  const caller = {
    permissions: new Set(['view_pii'] as const),
    onForbiddenField: 'reject' as const,
  };
  const page = (offset: number, size: number) =>
    planSearch(
      { ...query, columns: ['uuid'], resultsNumber: size, resultsOffset: offset, facetsSize: 0 },
      { ...caller, now },
    );
  const { total } = await searchIndex.search(page(0, 0));
  if (total > SEARCH_LIMITS.maxResultWindow) {
    throw new ReprocessInputError(
      `the query matches ${total} crashes, more than the ${SEARCH_LIMITS.maxResultWindow} a search can page through; narrow it (a shorter date range, more filters)`,
    );
  }
  return {
    total,
    async *crashIds() {
      for (let offset = 0; offset < total; offset += SEARCH_LIMITS.maxResultsNumber) {
        const size = Math.min(SEARCH_LIMITS.maxResultsNumber, total - offset);
        const { hits } = await searchIndex.search(page(offset, size));
        for (const hit of hits) if (typeof hit.uuid === 'string') yield hit.uuid;
      }
    },
  };
}

/** Publishes work items to the reprocessing queue in batches; reports the count published. */
export async function publishForReprocessing(
  queue: CrashQueue,
  items: AsyncIterable<WorkItem> | Iterable<WorkItem>,
  onProgress: (published: number) => void = () => {},
): Promise<number> {
  let batch: string[] = [];
  let published = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await queue.publish('reprocessing', batch);
    published += batch.length;
    batch = [];
    onProgress(published);
  };
  for await (const item of items) {
    batch.push(formatWorkItem(item));
    if (batch.length >= PUBLISH_BATCH) await flush();
  }
  await flush();
  return published;
}
