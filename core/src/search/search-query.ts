/**
 * The Super Search query model: what a caller asks for, before validation. The native API
 * builds it directly (with explicit AND / OR / NOT groups); the Crash Stats-compatible path
 * builds it from a query string with the reference's combination rules
 * (parse-crash-stats-query.ts). planSearch() validates it for a caller's permissions.
 */
import type { FilterOperator } from '../fields/filter-operators.js';

/** A filter operand: text, a number or a boolean. Dates are ISO 8601 text (UTC when no zone). */
export type FilterValue = string | number | boolean;

/** One comparison against one field. */
export interface FieldCondition {
  readonly kind: 'condition';
  readonly field: string;
  readonly operator: FilterOperator;
  /** The operand; absent for `is_null` and `is_true`. */
  readonly value?: FilterValue;
}

/** Every filter must hold. */
export interface AllOfFilter {
  readonly kind: 'and';
  readonly filters: readonly SearchFilter[];
}

/** At least one filter must hold. */
export interface AnyOfFilter {
  readonly kind: 'or';
  readonly filters: readonly SearchFilter[];
}

/** The filter must not hold (a crash without the field does not hold it). */
export interface NotFilter {
  readonly kind: 'not';
  readonly filter: SearchFilter;
}

/** A tree of conditions. */
export type SearchFilter = FieldCondition | AllOfFilter | AnyOfFilter | NotFilter;

/** One end of the date range. */
export interface DateBound {
  /** ISO 8601 date or date-time; UTC when it names no zone. */
  readonly value: string;
  /** Whether crashes at exactly this instant are included. */
  readonly inclusive: boolean;
}

/**
 * Which crashes by `date`. With no bounds: the last 7 days. With only an upper bound: the
 * 7 days before it. With only a lower bound: up to now. At most 365 days.
 */
export interface DateRange {
  readonly from?: DateBound;
  readonly to?: DateBound;
}

/** Buckets by distinct value, largest first, `facetsSize` of them, each with sub-aggregations. */
export interface TermsAggregation {
  readonly kind: 'terms';
  readonly field: string;
  readonly aggregations?: readonly SearchAggregation[];
}

/**
 * Buckets by interval of a date or number field, in order, empty buckets left out. Dates take
 * a calendar interval (`day`, `1w`, `month`…, default `day`); numbers a width (default 1).
 */
export interface HistogramAggregation {
  readonly kind: 'histogram';
  readonly field: string;
  readonly interval?: string | number;
  readonly aggregations?: readonly SearchAggregation[];
}

/** The number of distinct values (approximate on Elasticsearch above 40,000). */
export interface CardinalityAggregation {
  readonly kind: 'cardinality';
  readonly field: string;
}

/** A facet, histogram or distinct count. */
export type SearchAggregation = TermsAggregation | HistogramAggregation | CardinalityAggregation;

/** One sort key; missing values sort last either way. */
export interface SortKey {
  readonly field: string;
  readonly descending: boolean;
}

/** A Super Search query. Every part is optional; defaults are the reference's. */
export interface SearchQuery {
  readonly filter?: SearchFilter;
  readonly dateRange?: DateRange;
  /** Fields returned per hit. @defaultValue DEFAULT_COLUMNS */
  readonly columns?: readonly string[];
  /** Hit order; ties and the default order are by date, newest first, then crash id. */
  readonly sort?: readonly SortKey[];
  /** Hits per page, 0–1,000. @defaultValue 100 */
  readonly resultsNumber?: number;
  /** Hits skipped; offset + number ≤ 10,000. @defaultValue 0 */
  readonly resultsOffset?: number;
  readonly aggregations?: readonly SearchAggregation[];
  /** Buckets per terms aggregation, 0–10,000; 0 turns aggregations off. @defaultValue 50 */
  readonly facetsSize?: number;
}

/** Columns returned when a query names none (the reference's default). */
export const DEFAULT_COLUMNS: readonly string[] = [
  'uuid',
  'date',
  'signature',
  'product',
  'version',
];

/** The reference's limits and defaults. */
export const SEARCH_LIMITS = {
  defaultResultsNumber: 100,
  maxResultsNumber: 1000,
  maxResultWindow: 10_000,
  defaultFacetsSize: 50,
  maxFacetsSize: 10_000,
  defaultDateRangeDays: 7,
  maxDateRangeDays: 365,
} as const;
