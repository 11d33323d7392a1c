/**
 * Publishing crash ids in batches, group-commit style: while one publish call is in flight,
 * the ids that arrive wait and then go together in the next call. Nothing waits on a timer, a
 * lone id is published at once, and under load one queue round trip (or one SQLite commit,
 * which blocks the event loop while it syncs) serves many crashes.
 */
import type { CrashQueue } from '@cairn/core';

/** Publishes crash ids to the standard queue, batching those that arrive together. */
export interface PublishBatcher {
  /** Resolves once the queue took the id; rejects with the queue's error for its batch. */
  publish(crashId: string): Promise<void>;
}

interface Waiting {
  readonly crashId: string;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** The most ids per call; SQS takes ten per batch request, so a few requests per call. */
const MAX_BATCH = 50;

/** Creates a batcher for the standard queue of `queue`. */
export function createPublishBatcher(queue: CrashQueue): PublishBatcher {
  let waiting: Waiting[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      try {
        await queue.publish(
          'standard',
          batch.map((item) => item.crashId),
        );
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    flushing = false;
  }

  return {
    publish(crashId) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ crashId, resolve, reject });
        if (!flushing) void flush();
      });
    },
  };
}
