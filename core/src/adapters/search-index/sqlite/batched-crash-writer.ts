/**
 * Group commit for indexing single crashes. A processor finishes several crashes at about the
 * same moment (their storage flushes complete together), and each SQLite transaction rewrites
 * every b-tree page it touches into the log; crashes share most of those pages (the same terms,
 * the same index leaves), so writing the crashes that arrive in one turn of the event loop in one
 * transaction writes far fewer pages per crash. A batch that fails is retried crash by crash, so
 * one bad document fails only its own call.
 */
import type { SearchDocument } from '../../../search/search-document.js';
import type { CrashWriter } from './crash-writer.js';

interface Waiting {
  readonly document: SearchDocument;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Writes one document; resolves once its transaction has committed. */
export type BatchedCrashWriter = (document: SearchDocument) => Promise<void>;

/** Wraps `write` so documents given in the same turn share a transaction. */
export function createBatchedCrashWriter(write: CrashWriter): BatchedCrashWriter {
  let waiting: Waiting[] = [];

  function flush(): void {
    const batch = waiting;
    waiting = [];
    try {
      write(batch.map((entry) => entry.document));
      for (const entry of batch) entry.resolve();
      return;
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
    }
    for (const entry of batch) {
      try {
        write([entry.document]);
        entry.resolve();
      } catch (error) {
        entry.reject(error);
      }
    }
  }

  return (document) =>
    new Promise<void>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ document, resolve, reject });
    });
}
