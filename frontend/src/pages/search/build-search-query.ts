/**
 * The Super Search query document: the hits ask for exactly the chosen columns (by their
 * GraphQL names from the catalog), and aggregations are selected four levels deep, enough for
 * the reference's deepest nested aggregation (`_aggs.android_cpu_abi.android_manufacturer.
 * android_model` with a sub-facet).
 */
import type { CatalogField } from '../../catalog/catalog-field';

/** One aggregation result, any level. */
export interface AggregationResult {
  readonly key: string;
  readonly field: string;
  readonly kind: 'TERMS' | 'HISTOGRAM' | 'CARDINALITY';
  readonly value: number | null;
  readonly buckets: readonly AggregationBucket[];
}

/** One bucket. */
export interface AggregationBucket {
  readonly term: string;
  readonly count: number;
  /** Absent at the deepest level selected. */
  readonly aggregations?: readonly AggregationResult[];
}

/** The search result as the page receives it. */
export interface SearchResult {
  readonly total: number;
  readonly crashStatsQuery: string | null;
  readonly errors: readonly { readonly type: string; readonly index: string }[];
  /** Hits by GraphQL field name. */
  readonly hits: readonly Readonly<Record<string, unknown>>[];
  readonly aggregations: readonly AggregationResult[];
}

/** How many levels of buckets the document asks for. */
export const AGGREGATION_DEPTH = 4;

function aggregationSelection(depth: number): string {
  const inner = depth > 1 ? ` aggregations { ${aggregationSelection(depth - 1)} }` : '';
  return `key field kind value buckets { term count${inner} }`;
}

/** The query text for hits with `columns` (catalog fields, uuid included by the caller). */
export function buildSearchQuery(columns: readonly CatalogField[]): string {
  const hitFields = [...new Set(columns.map((column) => column.graphqlName))];
  return `query Search($query: SearchInput!) {
  search(query: $query) {
    total
    crashStatsQuery
    errors { type index }
    hits { ${hitFields.join(' ') || '__typename'} }
    aggregations { ${aggregationSelection(AGGREGATION_DEPTH)} }
  }
}`;
}
