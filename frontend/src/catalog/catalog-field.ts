/**
 * A crash field as the API's catalog (`fields` query) describes it, and what the Crash Stats
 * query-string syntax writes for each filter operator.
 */

/** The filter operators, as the catalog names them (lowercase). */
export type OperatorName =
  | 'matches'
  | 'is'
  | 'contains'
  | 'starts_with'
  | 'ends_with'
  | 'regex'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'is_null'
  | 'is_true';

/** One catalog field (the subset of `CatalogField` the SPA reads). */
export interface CatalogField {
  /** The Crash Stats name, used in URLs and filters. */
  readonly name: string;
  /** The field's name on the GraphQL `CrashFields` type. */
  readonly graphqlName: string;
  readonly description: string;
  /** string, integer, float, bool, date or enum. */
  readonly queryType: string;
  /** str, int, float, bool, datetime or enum. */
  readonly valueType: string;
  /** Operators the field accepts, in the order the query-string parser tries their prefixes. */
  readonly operators: readonly string[];
  readonly isAggregatable: boolean;
  readonly hasHistogram: boolean;
  readonly isList: boolean;
  /** The permission the field needs; null when public. */
  readonly permission: string | null;
  /** Known values, offered as suggestions. */
  readonly choices: readonly string[];
  /** Where the value comes from in the processed crash. */
  readonly sourcePaths: readonly string[];
}

/** The Crash Stats value prefix of each operator (research/crashstats-webapp.md §1.3). */
export const OPERATOR_PREFIX: Readonly<Record<OperatorName, string>> = {
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

/** Operators that compare against a bound; the reference ANDs them with their siblings. */
export const RANGE_OPERATORS: ReadonlySet<OperatorName> = new Set(['gt', 'gte', 'lt', 'lte']);

/** Operators that take no value. */
export const VALUELESS_OPERATORS: ReadonlySet<OperatorName> = new Set(['is_null', 'is_true']);

/** The reference form's label for each operator, plain and negated. */
export const OPERATOR_LABELS: Readonly<Record<OperatorName, readonly [string, string]>> = {
  matches: ['matches', 'does not match'],
  is: ['is exactly', 'is not exactly'],
  contains: ['contains', 'does not contain'],
  starts_with: ['starts with', 'does not start with'],
  ends_with: ['ends with', 'does not end with'],
  regex: ['matches regex', 'does not match regex'],
  gt: ['>', 'not >'],
  gte: ['>=', 'not >='],
  lt: ['<', 'not <'],
  lte: ['<=', 'not <='],
  is_null: ['does not exist', 'exists'],
  is_true: ['is true', 'is false'],
};

/** Whether `name` is one of the operators the SPA knows. */
export function isOperatorName(name: string): name is OperatorName {
  return Object.hasOwn(OPERATOR_PREFIX, name);
}

/** The field's operators the SPA knows, in the catalog's order. */
export function operatorsOf(field: CatalogField): OperatorName[] {
  return field.operators.filter(isOperatorName);
}

/** Whether a caller with `permissions` may use the field. */
export function canUseField(field: CatalogField, permissions: ReadonlySet<string>): boolean {
  return field.permission === null || permissions.has(field.permission);
}
