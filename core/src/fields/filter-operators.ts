/**
 * Filter operators: their names in Cairn's query model, their Crash Stats prefixes, and which
 * ones each value type accepts (the reference's operator lists).
 */
import type { ValueType } from './field-definition.js';

/** Every filter operator of the query model. */
export const FILTER_OPERATORS = [
  'matches',
  'is',
  'contains',
  'starts_with',
  'ends_with',
  'regex',
  'gt',
  'gte',
  'lt',
  'lte',
  'is_null',
  'is_true',
] as const;

/** A filter operator. */
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** Operators that compare a value against a bound; the reference ANDs them with siblings. */
export const RANGE_OPERATORS: ReadonlySet<FilterOperator> = new Set(['gt', 'gte', 'lt', 'lte']);

/** Operators that take no value. */
export const VALUELESS_OPERATORS: ReadonlySet<FilterOperator> = new Set(['is_null', 'is_true']);

/** The Crash Stats value prefix of each operator (`matches` has none). */
export const OPERATOR_PREFIX: Readonly<Record<FilterOperator, string>> = {
  matches: '',
  is: '=',
  contains: '~',
  starts_with: '^',
  ends_with: '$',
  regex: '@',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  is_null: '__null__',
  is_true: '__true__',
};

/**
 * The operators each value type accepts, in the order the Crash Stats parser tries their
 * prefixes (longest first where one prefix starts another). Bare values (`matches`) are the
 * fallback of every type but dates; booleans accept them too (`startup_crash=false`).
 */
export const OPERATORS_BY_VALUE_TYPE: Readonly<Record<ValueType, readonly FilterOperator[]>> = {
  str: ['is', 'contains', 'ends_with', 'starts_with', 'regex', 'is_null', 'matches'],
  int: ['gte', 'lte', 'lt', 'gt', 'is_null', 'matches'],
  float: ['gte', 'lte', 'lt', 'gt', 'is_null', 'matches'],
  datetime: ['gte', 'lte', 'lt', 'gt', 'is_null'],
  bool: ['is_true', 'is_null', 'matches'],
  enum: ['is_null', 'matches'],
};
