/** The response shapes of the two Super Search endpoints. */
import type { CrashStatsSearchAnswer } from '../services/search-service.js';
import type { RestReply } from './rest-endpoint.js';
import type { ResponseShape } from './response-shape.js';

/** `{hits, total, facets, errors}`; hit keys are the planned (permitted) columns. */
export const SEARCH_RESULT_SHAPE: ResponseShape = {
  object: {
    hits: { list: { record: 'document' } },
    total: 'number',
    facets: 'document',
    errors: {
      list: {
        record: 'scalar',
      },
    },
  },
};

/** `{query, indices}`, the answer to `_return_query`. */
export const SEARCH_QUERY_SHAPE: ResponseShape = {
  object: { query: 'document', indices: { list: 'string' } },
};

/** The reply for a search answer. */
export function formatSearchAnswer(answer: CrashStatsSearchAnswer): RestReply {
  return answer.kind === 'query'
    ? { kind: 'json', body: answer.description, shape: SEARCH_QUERY_SHAPE }
    : { kind: 'json', body: answer.result };
}
