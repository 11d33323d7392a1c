/**
 * Indexes the crashes that finish at about the same time in one `indexCrashes` call: one SQLite
 * transaction, or one Elasticsearch bulk request, for several crashes. Crashes share most of the
 * pages and round trips a write costs, so a batch of four costs little more than one (the
 * SQLite index took about 15 % of the processor's CPU written crash by crash). A crash waits at
 * most `lingerMs` for company; a batch is written at once when it reaches `maxBatch`. A batch
 * that fails is retried crash by crash, so one bad document fails only its own crash, and
 * re-indexing the others is harmless: a document replaces the crash's earlier one.
 */
import type { ProcessedCrash, SearchIndex } from '@cairn/core';

/** Indexes one crash; resolves once it is stored. */
export type IndexBatcher = (processedCrash: ProcessedCrash) => Promise<void>;

/** How long a crash may wait and how many may share a write. */
export interface IndexBatchOptions {
  readonly lingerMs: number;
  readonly maxBatch: number;
}

interface Waiting {
  readonly processedCrash: ProcessedCrash;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Batches calls to `searchIndex`. */
export function createIndexBatcher(
  searchIndex: SearchIndex,
  { lingerMs, maxBatch }: IndexBatchOptions,
): IndexBatcher {
  let waiting: Waiting[] = [];
  let timer: NodeJS.Timeout | undefined;

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const batch = waiting;
    waiting = [];
    if (batch.length === 1) {
      await settle(batch[0]!);
      return;
    }
    try {
      await searchIndex.indexCrashes(batch.map((entry) => entry.processedCrash));
      for (const entry of batch) entry.resolve();
    } catch {
      await Promise.all(batch.map(settle));
    }
  }

  async function settle(entry: Waiting): Promise<void> {
    try {
      await searchIndex.indexCrash(entry.processedCrash);
      entry.resolve();
    } catch (error) {
      entry.reject(error);
    }
  }

  return (processedCrash) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ processedCrash, resolve, reject });
      if (waiting.length >= maxBatch) void flush();
      else timer ??= setTimeout(() => void flush(), lingerMs);
    });
}
