/**
 * Super Search's state, as the page edits it and the URL stores it. The URL is a Crash Stats
 * query string (parse-search-params.ts, format-search-params.ts), so a saved Crash Stats link
 * opens the same search; filter groups are Cairn's addition (`_group.N` parameters), which the
 * Crash Stats syntax cannot express.
 */
import type { OperatorName } from '../../catalog/catalog-field';

/** One line of the filter builder: a field, an operator and the values it is compared with. */
export interface FilterLine {
  /** Crash Stats field name. */
  readonly field: string;
  readonly operator: OperatorName;
  /** Negates the operator (`!` in the query string). */
  readonly negated: boolean;
  /** Operands; empty for `is_null` and `is_true`. */
  readonly values: readonly string[];
}

/** How a group combines its lines. */
export type GroupMatch = 'all' | 'any' | 'none';

/** A group of lines combined explicitly (every value of every line is one condition). */
export interface FilterGroup {
  readonly match: GroupMatch;
  readonly lines: readonly FilterLine[];
}

/** One end of the date range, as written after `date=` (`>=2024-01-01T00:00:00`). */
export interface DateBound {
  /** ISO 8601 date or date-time, UTC when it names no zone. */
  readonly value: string;
  readonly inclusive: boolean;
}

/** One sort key (`_sort=-date`). */
export interface SortKey {
  readonly field: string;
  readonly descending: boolean;
}

/** A nested aggregation (`_aggs.product.version=platform`): bucket by `path`, then by `values`. */
export interface NestedAggregation {
  readonly path: readonly string[];
  readonly values: readonly string[];
}

/** A histogram (`_histogram.date=product`): buckets of `field` with sub-facets `values`. */
export interface HistogramRequest {
  readonly field: string;
  readonly values: readonly string[];
}

/** The whole Super Search state. */
export interface SearchState {
  /** Crash Stats field parameters, combined with the reference's rules. */
  readonly lines: readonly FilterLine[];
  /** Explicit groups, each ANDed with the lines. */
  readonly groups: readonly FilterGroup[];
  readonly dateFrom?: DateBound;
  readonly dateTo?: DateBound;
  readonly columns: readonly string[];
  readonly sort: readonly SortKey[];
  /** 1-based page number. */
  readonly page: number;
  readonly pageSize: number;
  /** `_facets` values: field names, `_histogram.<field>` or `_cardinality.<field>`. */
  readonly facets: readonly string[];
  readonly nested: readonly NestedAggregation[];
  readonly histograms: readonly HistogramRequest[];
  /** `_histogram_interval.<field>` by field; the API's default (day, or 1) for the others. */
  readonly histogramIntervals: Readonly<Record<string, string>>;
  /** `_facets_size`; the API's default (50) when absent. */
  readonly facetsSize?: number;
  /** `_dont_run=1`: show the form without searching. */
  readonly dontRun: boolean;
}

/** Columns shown when the URL names none (the reference's default). */
export const DEFAULT_COLUMNS: readonly string[] = ['date', 'signature', 'product', 'version'];

/** Facets when the URL names none (the reference's default). */
export const DEFAULT_FACETS: readonly string[] = ['signature'];

/** Results per page in the UI (the reference's page shows 50). */
export const DEFAULT_PAGE_SIZE = 50;

/** Buckets per facet when `_facets_size` is absent (the API's default). */
export const DEFAULT_FACETS_SIZE = 50;

/** A search with nothing chosen yet. */
export const EMPTY_SEARCH_STATE: SearchState = {
  lines: [],
  groups: [],
  columns: DEFAULT_COLUMNS,
  sort: [],
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  facets: DEFAULT_FACETS,
  nested: [],
  histograms: [],
  histogramIntervals: {},
  dontRun: false,
};
