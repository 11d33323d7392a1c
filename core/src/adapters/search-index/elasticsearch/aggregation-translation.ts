/**
 * Planned aggregations as Elasticsearch aggregations, and their results in the reference's
 * facet shape. Terms order by count then value (Elasticsearch's own tie-break, made
 * explicit); histograms leave empty buckets out; booleans come back as `T`/`F`.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { FacetBucket, SearchFacets } from '../../../ports/search-index.js';
import { formatSearchDate } from '../../../search/search-dates.js';
import type { PlannedAggregation } from '../../../search/search-plan.js';
import { exactProperty } from './index-mapping.js';

/** Distinct counts are exact below this many values, approximate above. */
const CARDINALITY_PRECISION = 40_000;

/** The `aggs` of a search request. */
export function aggregationsRequest(
  aggregations: readonly PlannedAggregation[],
  facetsSize: number,
): Record<string, estypes.AggregationsAggregationContainer> {
  return Object.fromEntries(
    aggregations.map((aggregation) => [
      aggregation.key,
      aggregationRequest(aggregation, facetsSize),
    ]),
  );
}

function aggregationRequest(
  aggregation: PlannedAggregation,
  facetsSize: number,
): estypes.AggregationsAggregationContainer {
  const field = exactProperty(aggregation.field);
  if (aggregation.kind === 'cardinality') {
    return { cardinality: { field, precision_threshold: CARDINALITY_PRECISION } };
  }
  const children =
    aggregation.aggregations.length > 0
      ? { aggs: aggregationsRequest(aggregation.aggregations, facetsSize) }
      : {};
  if (aggregation.kind === 'terms') {
    return {
      terms: { field, size: facetsSize, order: [{ _count: 'desc' }, { _key: 'asc' }] },
      ...children,
    };
  }
  if (typeof aggregation.interval === 'number') {
    return {
      histogram: { field, interval: aggregation.interval, min_doc_count: 1 },
      ...children,
    };
  }
  return {
    date_histogram: { field, calendar_interval: aggregation.interval, min_doc_count: 1 },
    ...children,
  };
}

interface RawBucket {
  readonly key: string | number;
  readonly doc_count: number;
  readonly [subAggregation: string]: unknown;
}

/** The facets of a search response. */
export function facetsFromResponse(
  aggregations: readonly PlannedAggregation[],
  response: Record<string, unknown> | undefined,
): SearchFacets {
  const facets: Record<string, SearchFacets[string]> = {};
  for (const aggregation of aggregations) {
    const result = response?.[aggregation.key] as
      { value?: number; buckets?: RawBucket[] } | undefined;
    if (aggregation.kind === 'cardinality') {
      facets[aggregation.key] = { value: result?.value ?? 0 };
      continue;
    }
    facets[aggregation.key] = (result?.buckets ?? []).map((bucket): FacetBucket => {
      const term = termOf(aggregation, bucket.key);
      if (aggregation.aggregations.length === 0) return { term, count: bucket.doc_count };
      return {
        term,
        count: bucket.doc_count,
        facets: facetsFromResponse(aggregation.aggregations, bucket as Record<string, unknown>),
      };
    });
  }
  return facets;
}

function termOf(aggregation: PlannedAggregation, key: string | number): string | number {
  const { storage } = aggregation.field;
  if (storage === 'boolean') return key === 1 || key === 'true' ? 'T' : 'F';
  if (storage === 'date') return formatSearchDate(Number(key));
  return key;
}
