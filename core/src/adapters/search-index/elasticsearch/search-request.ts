/** The whole search request of a plan, and hits in the reference's shape. */
import type { estypes } from '@elastic/elasticsearch';
import type { SearchHit } from '../../../ports/search-index.js';
import type { PlannedSortKey, SearchPlan } from '../../../search/search-plan.js';
import { aggregationsRequest } from './aggregation-translation.js';
import { exactProperty } from './index-mapping.js';
import { searchQuery } from './query-translation.js';

/** The request body (everything but the indices). */
export function searchRequestBody(plan: SearchPlan): estypes.SearchRequest {
  return {
    query: searchQuery(plan),
    // Lists sort by their smallest value going up and largest going down (Elasticsearch's
    // default modes), missing values last either way.
    sort: plan.sort.map(sortClause),
    from: plan.resultsOffset,
    size: plan.resultsNumber,
    track_total_hits: true,
    _source: { includes: plan.columns.map((field) => field.name) },
    ...(plan.aggregations.length > 0 && {
      aggs: aggregationsRequest(plan.aggregations, plan.facetsSize),
    }),
  };
}

/** One sort key: on the exact value, missing values last, unmapped fields tolerated. */
function sortClause({ field, descending }: PlannedSortKey): estypes.SortCombinations {
  const textual = field.storage === 'text' || field.storage === 'semicolon_text';
  return {
    [exactProperty(field)]: {
      order: descending ? 'desc' : 'asc',
      missing: '_last',
      unmapped_type: textual ? 'keyword' : field.storage,
    },
  };
}

/** Hits with the plan's columns: missing values null, lists of 0 or 1 value flattened. */
export function hitsFromResponse(
  plan: SearchPlan,
  hits: readonly estypes.SearchHit<Record<string, unknown>>[],
): SearchHit[] {
  return hits.map((hit) =>
    Object.fromEntries(
      plan.columns.map((field) => [field.name, flatten(hit._source?.[field.name])]),
    ),
  );
}

function flatten(value: unknown): unknown {
  if (value === undefined) return null;
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return null;
  return value.length === 1 ? value[0] : value;
}
