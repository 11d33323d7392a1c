/**
 * planSearch: turns a SearchQuery into a SearchPlan for one caller. It applies the
 * reference's defaults and limits, resolves the date range against a clock, converts filter
 * operands to their field's type, and enforces field permissions: an error in the native API,
 * silent dropping and stripping on the Crash Stats-compatible path.
 */
import { findField } from '../../fields/field-catalog.js';
import type { FieldDefinition } from '../../fields/field-definition.js';
import { SearchParameterError, badValueError } from '../search-errors.js';
import type { PlannedSortKey, SearchPlan } from '../search-plan.js';
import { DEFAULT_COLUMNS, SEARCH_LIMITS, type SearchQuery, type SortKey } from '../search-query.js';
import { planAggregations } from './plan-aggregations.js';
import { planFilter } from './plan-filter.js';
import { resolveDateRange } from './resolve-date-range.js';
import { resolveSearchField, type PlanningCaller } from './resolve-search-field.js';

/** Who the search is for, and when. */
export interface PlanSearchOptions extends PlanningCaller {
  /** The instant "now" means for default and relative dates. */
  readonly now: Date;
}

/** Validates `query` for a caller; throws SearchParameterError on anything it cannot accept. */
export function planSearch(query: SearchQuery, options: PlanSearchOptions): SearchPlan {
  const nowMs = options.now.getTime();
  const { resultsNumber, resultsOffset, facetsSize } = resolveLimits(query);
  const plan = {
    filter: planFilter(query.filter, options),
    dateRange: resolveDateRange(query.dateRange, nowMs),
    columns: resolveColumns(query.columns ?? DEFAULT_COLUMNS, options),
    sort: resolveSort(query.sort ?? [], options),
    resultsNumber,
    resultsOffset,
    facetsSize,
    aggregations: facetsSize === 0 ? [] : planAggregations(query.aggregations, options),
    nowMs,
  };
  return plan as unknown as SearchPlan;
}

function resolveLimits(query: SearchQuery) {
  const resultsNumber = readCount(
    '_results_number',
    query.resultsNumber,
    SEARCH_LIMITS.defaultResultsNumber,
  );
  if (resultsNumber > SEARCH_LIMITS.maxResultsNumber) {
    throw new SearchParameterError(
      '_results_number',
      '_results_number cannot be greater than 1,000',
    );
  }
  const resultsOffset = readCount('_results_offset', query.resultsOffset, 0);
  if (resultsOffset + resultsNumber > SEARCH_LIMITS.maxResultWindow) {
    throw new SearchParameterError(
      '_results_offset',
      '_results_offset + _results_number cannot be greater than 10,000',
    );
  }
  const facetsSize = readCount('_facets_size', query.facetsSize, SEARCH_LIMITS.defaultFacetsSize);
  if (facetsSize > SEARCH_LIMITS.maxFacetsSize) {
    // The reference builds this message from its parameter-name slot, hence the wording.
    throw new SearchParameterError(
      '_facets_size',
      "Bad value for parameter(s) '_facets_size greater than 10,000'",
    );
  }
  return { resultsNumber, resultsOffset, facetsSize };
}

function readCount(parameter: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value)) throw badValueError(parameter, 'int');
  if (value < 0) throw new SearchParameterError(parameter, `${parameter} cannot be negative`);
  return value;
}

function resolveColumns(
  names: readonly string[],
  caller: PlanningCaller,
): readonly FieldDefinition[] {
  const columns = new Map<string, FieldDefinition>();
  for (const name of names) {
    const field = resolveSearchField(name, '_columns', caller);
    if (field !== undefined) columns.set(field.name, field);
  }
  return [...columns.values()];
}

function resolveSort(keys: readonly SortKey[], caller: PlanningCaller): readonly PlannedSortKey[] {
  const sort: PlannedSortKey[] = [];
  for (const key of keys) {
    const field = resolveSearchField(key.field, '_sort', caller);
    if (field !== undefined && !sort.some((existing) => existing.field === field)) {
      sort.push({ field, descending: key.descending });
    }
  }
  // Ties (and queries without an order) go newest first, then by crash id, so every adapter
  // returns the same hits in the same order.
  for (const [name, descending] of [
    ['date', true],
    ['uuid', false],
  ] as const) {
    const field = findField(name)!;
    if (!sort.some((existing) => existing.field === field)) sort.push({ field, descending });
  }
  return sort;
}
