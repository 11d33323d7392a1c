/**
 * toSearchInput: the page's state as the GraphQL `SearchInput`. Lines follow the reference's
 * combination rules for one parameter (docs: research/crashstats-webapp.md §1.4), so a Crash
 * Stats link finds what it found there:
 *
 * 1. Bare values ("matches") of one field merge into one "matches any" clause, negated bare
 *    values into one "matches none" clause; both come after the prefixed values.
 * 2. A bare `version` ending in `b` means every beta of it ("starts with").
 * 3. The clauses of one field fold left to right: a range is ANDed onto what came before,
 *    anything else is ORed. Different fields, and each group, are ANDed.
 *
 * Groups are explicit: every value of every line is one condition, combined by the group's match.
 */
import {
  RANGE_OPERATORS,
  VALUELESS_OPERATORS,
  type OperatorName,
} from '../../catalog/catalog-field';
import type { FilterGroup, FilterLine, SearchState } from './search-state';

/** A filter node of the GraphQL `SearchFilterInput`. */
export interface SearchFilterInput {
  readonly field?: string;
  /** The GraphQL enum value (`STARTS_WITH`). */
  readonly operator?: string;
  readonly value?: string;
  readonly all?: readonly SearchFilterInput[];
  readonly any?: readonly SearchFilterInput[];
  readonly not?: SearchFilterInput;
}

/** A GraphQL `AggregationInput`. */
export interface AggregationInput {
  readonly kind: 'TERMS' | 'HISTOGRAM' | 'CARDINALITY';
  readonly field: string;
  readonly interval?: string;
  readonly aggregations?: readonly AggregationInput[];
}

/** The GraphQL `SearchInput` the page sends. */
export interface SearchInput {
  readonly filter?: SearchFilterInput;
  readonly dateRange?: {
    readonly from?: string;
    readonly to?: string;
    readonly fromInclusive: boolean;
    readonly toInclusive: boolean;
  };
  readonly columns: readonly string[];
  readonly sort: readonly { readonly field: string; readonly descending: boolean }[];
  readonly resultsNumber: number;
  readonly resultsOffset: number;
  readonly aggregations: readonly AggregationInput[];
  readonly facetsSize?: number;
}

function condition(field: string, operator: OperatorName, value?: string): SearchFilterInput {
  return { field, operator: operator.toUpperCase(), ...(value !== undefined && { value }) };
}

function anyOf(filters: readonly SearchFilterInput[]): SearchFilterInput {
  return filters.length === 1 ? filters[0]! : { any: filters };
}

function isRange(clause: SearchFilterInput): boolean {
  const inner = clause.not ?? clause;
  return (
    inner.operator !== undefined &&
    RANGE_OPERATORS.has(inner.operator.toLowerCase() as OperatorName)
  );
}

/** The filter all lines of one field stand for, with the reference's rules. */
function fieldFilter(field: string, lines: readonly FilterLine[]): SearchFilterInput | undefined {
  const clauses: SearchFilterInput[] = [];
  const bare: string[] = [];
  const negatedBare: string[] = [];
  const betas: SearchFilterInput[] = [];
  for (const line of lines) {
    const operands = VALUELESS_OPERATORS.has(line.operator) ? [undefined] : line.values;
    for (const operand of operands) {
      if (line.operator !== 'matches') {
        const clause = condition(field, line.operator, operand);
        clauses.push(line.negated ? { not: clause } : clause);
      } else if (field === 'version' && operand!.endsWith('b')) {
        const clause = condition(field, 'starts_with', operand);
        betas.push(line.negated ? { not: clause } : clause);
      } else {
        (line.negated ? negatedBare : bare).push(operand!);
      }
    }
  }
  if (negatedBare.length > 0) {
    clauses.push({ not: anyOf(negatedBare.map((value) => condition(field, 'matches', value))) });
  }
  if (bare.length > 0) clauses.push(anyOf(bare.map((value) => condition(field, 'matches', value))));
  clauses.push(...betas);
  return foldClauses(clauses);
}

function foldClauses(clauses: readonly SearchFilterInput[]): SearchFilterInput | undefined {
  let folded = clauses[0];
  for (const clause of clauses.slice(1)) {
    if (isRange(clause)) folded = { all: [...(folded!.all ?? [folded!]), clause] };
    else folded = { any: [...(folded!.any ?? [folded!]), clause] };
  }
  return folded;
}

function groupFilter(group: FilterGroup): SearchFilterInput | undefined {
  const conditions = group.lines.flatMap((line) =>
    (VALUELESS_OPERATORS.has(line.operator) ? [undefined] : line.values).map((operand) => {
      const clause = condition(line.field, line.operator, operand);
      return line.negated ? { not: clause } : clause;
    }),
  );
  if (conditions.length === 0) return undefined;
  if (group.match === 'all') return conditions.length === 1 ? conditions[0] : { all: conditions };
  if (group.match === 'any') return anyOf(conditions);
  return { not: anyOf(conditions) };
}

/** The filter of the whole state (lines by field, then groups), or undefined when empty. */
export function toSearchFilter(
  state: Pick<SearchState, 'lines' | 'groups'>,
): SearchFilterInput | undefined {
  const byField = new Map<string, FilterLine[]>();
  for (const line of state.lines)
    byField.set(line.field, [...(byField.get(line.field) ?? []), line]);
  const parts = [
    ...[...byField].map(([field, lines]) => fieldFilter(field, lines)),
    ...state.groups.map(groupFilter),
  ].filter((part): part is SearchFilterInput => part !== undefined);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { all: parts };
}

/** An aggregation value (`signature`, `_histogram.date`, `_cardinality.install_time`). */
function leafAggregation(
  value: string,
  intervals: Readonly<Record<string, string>>,
): AggregationInput {
  if (value.startsWith('_cardinality.')) {
    return { kind: 'CARDINALITY', field: value.slice('_cardinality.'.length) };
  }
  if (value.startsWith('_histogram.')) {
    const field = value.slice('_histogram.'.length);
    const interval = intervals[field];
    return { kind: 'HISTOGRAM', field, ...(interval !== undefined && { interval }) };
  }
  return { kind: 'TERMS', field: value };
}

/** Every aggregation of the state: facets, nested aggregations, then histograms. */
export function toAggregations(state: SearchState): AggregationInput[] {
  const intervals = state.histogramIntervals;
  const leaves = (values: readonly string[]) =>
    values.map((value) => leafAggregation(value, intervals));
  const nested = state.nested.map(
    (request) =>
      request.path.reduceRight<readonly AggregationInput[]>(
        (inner, field) => [{ kind: 'TERMS', field, aggregations: inner }],
        leaves(request.values),
      )[0]!,
  );
  const histograms = state.histograms.map((request): AggregationInput => {
    const interval = intervals[request.field];
    return {
      kind: 'HISTOGRAM',
      field: request.field,
      ...(interval !== undefined && { interval }),
      aggregations: leaves(request.values),
    };
  });
  return [...leaves(state.facets), ...nested, ...histograms];
}

/** The GraphQL input for the state; `uuid` always comes first among the columns. */
export function toSearchInput(state: SearchState): SearchInput {
  const filter = toSearchFilter(state);
  const { dateFrom, dateTo } = state;
  return {
    ...(filter && { filter }),
    ...((dateFrom || dateTo) && {
      dateRange: {
        ...(dateFrom && { from: dateFrom.value }),
        ...(dateTo && { to: dateTo.value }),
        fromInclusive: dateFrom?.inclusive ?? true,
        toInclusive: dateTo?.inclusive ?? false,
      },
    }),
    columns: ['uuid', ...state.columns.filter((column) => column !== 'uuid')],
    sort: state.sort,
    resultsNumber: state.pageSize,
    resultsOffset: (state.page - 1) * state.pageSize,
    aggregations: toAggregations(state),
    ...(state.facetsSize !== undefined && { facetsSize: state.facetsSize }),
  };
}
