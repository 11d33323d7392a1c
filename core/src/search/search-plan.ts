/**
 * A validated search, ready for an adapter: fields resolved to their catalog definitions,
 * values converted to the field's type, defaults and the date range resolved, and everything
 * the caller may not see removed. Only planSearch() makes one, so adapters never re-validate.
 */
import type { FieldDefinition } from '../fields/field-definition.js';
import type { FilterOperator } from '../fields/filter-operators.js';

/** A converted operand: text, a number, a boolean, or epoch milliseconds for dates. */
export type PlannedValue = string | number | boolean;

/** One comparison, with its field's definition and a typed operand. */
export interface PlannedCondition {
  readonly kind: 'condition';
  readonly field: FieldDefinition;
  readonly operator: FilterOperator;
  /** Null for `is_null` and `is_true`. */
  readonly value: PlannedValue | null;
}

/** A validated filter tree; groups are never empty. */
export type PlannedFilter =
  | PlannedCondition
  | { readonly kind: 'and'; readonly filters: readonly PlannedFilter[] }
  | { readonly kind: 'or'; readonly filters: readonly PlannedFilter[] }
  | { readonly kind: 'not'; readonly filter: PlannedFilter };

/** The resolved date range, in epoch milliseconds. */
export interface PlannedDateRange {
  readonly fromMs: number;
  readonly fromInclusive: boolean;
  readonly toMs: number;
  readonly toInclusive: boolean;
}

/** Calendar intervals of date histograms. */
export const CALENDAR_INTERVALS = [
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
] as const;

/** A calendar interval; weeks start on Monday, all in UTC. */
export type CalendarInterval = (typeof CALENDAR_INTERVALS)[number];

/** A validated aggregation; `key` is its name in the result's `facets`. */
export type PlannedAggregation =
  | {
      readonly kind: 'terms';
      readonly key: string;
      readonly field: FieldDefinition;
      readonly aggregations: readonly PlannedAggregation[];
    }
  | {
      readonly kind: 'histogram';
      readonly key: string;
      readonly field: FieldDefinition;
      /** A calendar interval for dates, a bucket width for numbers. */
      readonly interval: CalendarInterval | number;
      readonly aggregations: readonly PlannedAggregation[];
    }
  | { readonly kind: 'cardinality'; readonly key: string; readonly field: FieldDefinition };

/** One resolved sort key. */
export interface PlannedSortKey {
  readonly field: FieldDefinition;
  readonly descending: boolean;
}

declare const planned: unique symbol;

/** A search planned for one caller. */
export interface SearchPlan {
  readonly [planned]: true;
  /** Null when nothing but the date range filters. */
  readonly filter: PlannedFilter | null;
  readonly dateRange: PlannedDateRange;
  readonly columns: readonly FieldDefinition[];
  /** The full order: the caller's keys, then date (newest first) and crash id as tie-breakers. */
  readonly sort: readonly PlannedSortKey[];
  readonly resultsNumber: number;
  readonly resultsOffset: number;
  /** Buckets per terms aggregation; 0 means no aggregations are run. */
  readonly facetsSize: number;
  readonly aggregations: readonly PlannedAggregation[];
  /** The instant the plan was made for (relative dates, index retention). */
  readonly nowMs: number;
}
