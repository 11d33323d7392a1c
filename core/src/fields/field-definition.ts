/**
 * The shape of one Super Search field in Cairn's catalog. Every search layer (index mappings,
 * SQLite columns, query translation, permissions, the field picker) is derived from these.
 */
import type { FilterOperator } from './filter-operators.js';

/** How a field is queried and shown (the reference's `query_type`). */
export type QueryType = 'string' | 'integer' | 'float' | 'bool' | 'date' | 'enum';

/** How filter values are parsed (the reference's `data_validation_type`). */
export type ValueType = 'str' | 'int' | 'float' | 'bool' | 'datetime' | 'enum';

/**
 * How values are stored and analysed:
 * - `text`: analysed into lowercase words for bare matches, plus the whole value (the
 *   reference's `full` sub-field) for exact, wildcard, regex, sort and facets;
 * - `semicolon_text`: split on `;` into lowercase tokens, every operator and facet works on
 *   the tokens (the reference's `semicolon_keywords` analyser);
 * - `keyword`: the whole value, case-sensitive;
 * - numbers, booleans and dates as themselves.
 */
export type StorageType =
  | 'text'
  | 'semicolon_text'
  | 'keyword'
  | 'long'
  | 'integer'
  | 'short'
  | 'double'
  | 'boolean'
  | 'date';

/** A permission that protects fields (Crash Stats' `crashstats.view_pii`). */
export type FieldPermission = 'view_pii';

/** Where a field's definition comes from. */
export type FieldOrigin = 'socorro' | 'cairn';

/** One searchable crash field. */
export interface FieldDefinition {
  /** The Crash Stats name: filter parameter, column, facet key. */
  readonly name: string;
  /** What the field holds, for the data dictionary and the field picker. */
  readonly description: string;
  readonly queryType: QueryType;
  readonly valueType: ValueType;
  /**
   * Paths into the processed crash (Socorro's key names), tried in order; the first one
   * that holds a value wins, except for list fields, which collect the values of every path.
   * `key[]` takes every element of the list at `key`.
   */
  readonly sourcePaths: readonly string[];
  readonly storage: StorageType;
  /** Whether the field holds a list of values (an array in the processed crash, stack frames). */
  readonly isList: boolean;
  /**
   * The filter operators the field accepts: those of its value type (the ones the Crash Stats
   * syntax recognizes as prefixes), plus any the field adds for the native API.
   */
  readonly operators: readonly FilterOperator[];
  /** Whether `_facets`, `_aggs.*` and `_cardinality.*` may use the field. */
  readonly isAggregatable: boolean;
  /** Whether `_histogram.*` may use the field (dates and numbers). */
  readonly hasHistogram: boolean;
  /** The permission needed to filter on, aggregate or see the field; null when public. */
  readonly permission: FieldPermission | null;
  /** Values the search form offers; empty when open-ended. */
  readonly choices: readonly string[];
  /** Commonly filtered or grouped: the embedded (SQLite) index keeps it in its date-first index. */
  readonly isFrequentFilter: boolean;
  /** The value indexed for an explicit null (the reference maps null to false for one field). */
  readonly nullValue: boolean | null;
  readonly origin: FieldOrigin;
}
