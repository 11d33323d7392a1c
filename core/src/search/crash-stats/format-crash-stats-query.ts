/**
 * formatCrashStatsQuery: a SearchQuery as a Crash Stats query string, for shareable URLs.
 * Not every native query has one (the reference cannot AND two bare values of one field, for
 * example), so the printer checks its own output: it parses the string back and compares the
 * plans of both queries. When they differ it throws SEARCH_NOT_SHAREABLE rather than hand out
 * a link to a different search.
 */
import { OPERATOR_PREFIX, RANGE_OPERATORS } from '../../fields/filter-operators.js';
import { planSearch } from '../planner/plan-search.js';
import { SearchParameterError } from '../search-errors.js';
import type { SearchAggregation, SearchFilter, SearchQuery } from '../search-query.js';
import { comparablePlan } from './comparable-plan.js';
import { parseCrashStatsQuery } from './parse-crash-stats-query.js';

/** The query string for `query` (add `_return_query` when `returnQuery` is set). */
export function formatCrashStatsQuery(
  query: SearchQuery,
  options: { readonly returnQuery?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, filter] of splitByField(query.filter)) {
    for (const value of linearize(filter)) params.append(field, value);
  }
  const { from, to } = query.dateRange ?? {};
  if (from) params.append('date', `${from.inclusive ? '>=' : '>'}${from.value}`);
  if (to) params.append('date', `${to.inclusive ? '<=' : '<'}${to.value}`);
  for (const column of query.columns ?? []) params.append('_columns', column);
  for (const key of query.sort ?? []) {
    params.append('_sort', `${key.descending ? '-' : ''}${key.field}`);
  }
  if (query.resultsNumber !== undefined) {
    params.append('_results_number', String(query.resultsNumber));
  }
  if (query.resultsOffset !== undefined) {
    params.append('_results_offset', String(query.resultsOffset));
  }
  appendAggregations(params, query.aggregations ?? [], query.facetsSize);
  if (options.returnQuery) params.append('_return_query', 'true');
  checkRoundTrip(query, params);
  return params;
}

/** Top-level conjuncts grouped by the one field each mentions. */
function splitByField(filter: SearchFilter | undefined): Map<string, SearchFilter> {
  const groups = new Map<string, SearchFilter[]>();
  const conjuncts = filter === undefined ? [] : filter.kind === 'and' ? filter.filters : [filter];
  for (const conjunct of conjuncts) {
    const fields = new Set(fieldsOf(conjunct));
    const field = fields.size === 1 ? [...fields][0]! : '';
    groups.set(field, [...(groups.get(field) ?? []), conjunct]);
  }
  return new Map(
    [...groups].map(([field, filters]) => [
      field,
      filters.length === 1 ? filters[0]! : { kind: 'and', filters },
    ]),
  );
}

function fieldsOf(filter: SearchFilter): string[] {
  if (filter.kind === 'condition') return [filter.field];
  if (filter.kind === 'not') return fieldsOf(filter.filter);
  return filter.filters.flatMap(fieldsOf);
}

/**
 * Values whose left fold rebuilds `filter`: bare values last (the parser moves them there),
 * ranges after the first clause of an AND (ranges are what the fold ANDs).
 */
function linearize(filter: SearchFilter): string[] {
  switch (filter.kind) {
    case 'condition':
      // The parser turns a bare beta version (`120.0b`) into "starts with"; print it back so.
      if (isBetaPrefix(filter)) return [String(filter.value)];
      return [`${OPERATOR_PREFIX[filter.operator]}${filter.value ?? ''}`];
    case 'not':
      return linearize(filter.filter).map((value) => `!${value}`);
    case 'or':
      return orderBy(filter.filters, isBareMatch).flatMap(linearize);
    case 'and':
      return orderBy(filter.filters, (child) => isRange(child)).flatMap(linearize);
  }
}

function isBetaPrefix(condition: SearchFilter & { kind: 'condition' }): boolean {
  return (
    condition.field === 'version' &&
    condition.operator === 'starts_with' &&
    String(condition.value).endsWith('b')
  );
}

function orderBy(filters: readonly SearchFilter[], last: (filter: SearchFilter) => boolean) {
  return [...filters.filter((f) => !last(f)), ...filters.filter(last)];
}

function isBareMatch(filter: SearchFilter): boolean {
  const inner = filter.kind === 'not' ? filter.filter : filter;
  if (inner.kind === 'or') return inner.filters.every(isBareMatch);
  return inner.kind === 'condition' && inner.operator === 'matches';
}

function isRange(filter: SearchFilter): boolean {
  const inner = filter.kind === 'not' ? filter.filter : filter;
  return inner.kind === 'condition' && RANGE_OPERATORS.has(inner.operator);
}

function appendAggregations(
  params: URLSearchParams,
  aggregations: readonly SearchAggregation[],
  facetsSize: number | undefined,
): void {
  const facets = aggregations.filter((aggregation) => !hasChildren(aggregation));
  // Without _facets the parser facets on signature; an empty one asks for no facets.
  if (facets.length === 0) params.append('_facets', '');
  for (const facet of facets) params.append('_facets', leafValue(facet));
  for (const aggregation of aggregations.filter(hasChildren)) {
    if (aggregation.kind === 'histogram') {
      appendLeaves(params, `_histogram.${aggregation.field}`, aggregation.aggregations ?? []);
      continue;
    }
    let node: SearchAggregation = aggregation;
    const path = [node.field];
    while (node.kind === 'terms' && node.aggregations?.length === 1) {
      const child: SearchAggregation = node.aggregations[0]!;
      if (child.kind !== 'terms' || !hasChildren(child)) break;
      path.push(child.field);
      node = child;
    }
    appendLeaves(
      params,
      `_aggs.${path.join('.')}`,
      node.kind === 'terms' ? (node.aggregations ?? []) : [],
    );
  }
  for (const [field, interval] of histogramIntervals(aggregations)) {
    params.append(`_histogram_interval.${field}`, String(interval));
  }
  if (facetsSize !== undefined) params.append('_facets_size', String(facetsSize));
}

function appendLeaves(
  params: URLSearchParams,
  key: string,
  leaves: readonly SearchAggregation[],
): void {
  for (const leaf of leaves) params.append(key, leafValue(leaf));
}

function hasChildren(aggregation: SearchAggregation): boolean {
  return aggregation.kind !== 'cardinality' && (aggregation.aggregations?.length ?? 0) > 0;
}

function leafValue(aggregation: SearchAggregation): string {
  if (aggregation.kind === 'cardinality') return `_cardinality.${aggregation.field}`;
  if (aggregation.kind === 'histogram') return `_histogram.${aggregation.field}`;
  return aggregation.field;
}

function histogramIntervals(
  aggregations: readonly SearchAggregation[],
): Map<string, string | number> {
  const intervals = new Map<string, string | number>();
  const visit = (aggregation: SearchAggregation) => {
    if (aggregation.kind === 'histogram' && aggregation.interval !== undefined) {
      intervals.set(aggregation.field, aggregation.interval);
    }
    if (aggregation.kind !== 'cardinality') aggregation.aggregations?.forEach(visit);
  };
  aggregations.forEach(visit);
  return intervals;
}

/** Throws SEARCH_NOT_SHAREABLE unless `params` parse back into the same search. */
function checkRoundTrip(query: SearchQuery, params: URLSearchParams): void {
  const options = {
    permissions: new Set(['view_pii'] as const),
    onForbiddenField: 'reject',
    now: new Date(0),
  } as const;
  const expected = comparablePlan(planSearch(query, options));
  let actual: string;
  try {
    actual = comparablePlan(planSearch(parseCrashStatsQuery(params).query, options));
  } catch {
    actual = '';
  }
  if (actual !== expected) {
    throw new SearchParameterError(
      'filter',
      'This search has no Crash Stats query string: it combines conditions the Crash Stats syntax cannot express',
      'SEARCH_NOT_SHAREABLE',
    );
  }
}
