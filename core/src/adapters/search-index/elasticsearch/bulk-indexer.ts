/**
 * Bulk indexing with the reference's recovery: when Elasticsearch rejects a document because
 * of one field (an immense term, a number it cannot parse, an object where text belongs), the
 * field is removed, named in `removed_fields`, and the document sent again, up to 5 tries.
 * Connection failures wait a second and retry too.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import { CairnError } from '../../../errors.js';
import { REMOVED_FIELDS_PROPERTY } from './index-mapping.js';

const MAX_ATTEMPTS = 5;
const RETRY_DELAY_MS = 1000;

/** A document to index. */
export interface IndexedDocument {
  readonly index: string;
  readonly id: string;
  readonly source: Record<string, unknown>;
}

/** Fields removed from each document, by id. */
export type RemovedFields = Record<string, string[]>;

/** Indexes every document; rejects with the ids that could not be indexed. */
export async function bulkIndex(
  client: Client,
  documents: readonly IndexedDocument[],
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<RemovedFields> {
  const removed: RemovedFields = {};
  let pending = documents.map((document) => ({ ...document, source: { ...document.source } }));
  for (let attempt = 1; pending.length > 0; attempt++) {
    let response: estypes.BulkResponse;
    try {
      response = await client.bulk({
        operations: pending.flatMap((document) => [
          { index: { _index: document.index, _id: document.id } },
          document.source,
        ]),
      });
    } catch (error) {
      if (!(error instanceof errors.ConnectionError) || attempt >= MAX_ATTEMPTS) throw error;
      await wait(RETRY_DELAY_MS);
      continue;
    }
    const retry: typeof pending = [];
    const failed: string[] = [];
    response.items.forEach((item, i) => {
      const error = item.index?.error;
      if (!error) return;
      const document = pending[i]!;
      const field = offendingField(error, document.source);
      if (field === undefined || attempt >= MAX_ATTEMPTS) {
        failed.push(`${document.id} (${error.type})`);
        return;
      }
      delete document.source[field];
      (removed[document.id] ??= []).push(field);
      document.source[REMOVED_FIELDS_PROPERTY] = removed[document.id];
      retry.push(document);
    });
    if (failed.length > 0) {
      throw new CairnError(
        'SEARCH_UNAVAILABLE',
        `Elasticsearch refused crashes ${failed.join(', ')}`,
      );
    }
    pending = retry;
  }
  return removed;
}

/** The top-level field a document-parsing error names, when the document has it. */
function offendingField(
  error: estypes.ErrorCause,
  source: Record<string, unknown>,
): string | undefined {
  const text = `${error.reason ?? ''} ${error.caused_by?.reason ?? ''}`;
  const named = /field \[([^\]]+)\]/.exec(text)?.[1] ?? /field="([^"]+)"/.exec(text)?.[1];
  const field = named?.split('.')[0];
  return field !== undefined && field in source && field !== REMOVED_FIELDS_PROPERTY
    ? field
    : undefined;
}
