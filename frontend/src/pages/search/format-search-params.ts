/**
 * formatSearchParams: the page's state as the query string of its URL, the inverse of
 * parseSearchParams. Defaults are left out, so a plain search keeps a short link.
 */
import { formatFilterValue } from './parse-filter-value';
import {
  DEFAULT_COLUMNS,
  DEFAULT_FACETS,
  DEFAULT_PAGE_SIZE,
  type FilterLine,
  type SearchState,
} from './search-state';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function appendLine(params: URLSearchParams, key: string, line: FilterLine): void {
  const operands = line.values.length === 0 ? [''] : line.values;
  for (const operand of operands) {
    params.append(
      key,
      formatFilterValue({ negated: line.negated, operator: line.operator, operand }),
    );
  }
}

/** Formats the state as a Crash Stats query string (with Cairn's `_group.N` parameters). */
export function formatSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  for (const line of state.lines) appendLine(params, line.field, line);
  state.groups.forEach((group, index) => {
    const prefix = `_group.${index + 1}`;
    params.append(prefix, group.match);
    for (const line of group.lines) appendLine(params, `${prefix}.${line.field}`, line);
  });
  if (state.dateFrom) {
    params.append('date', `${state.dateFrom.inclusive ? '>=' : '>'}${state.dateFrom.value}`);
  }
  if (state.dateTo) {
    params.append('date', `${state.dateTo.inclusive ? '<=' : '<'}${state.dateTo.value}`);
  }
  if (!sameList(state.columns, DEFAULT_COLUMNS)) {
    if (state.columns.length === 0) params.append('_columns', 'uuid');
    for (const column of state.columns) params.append('_columns', column);
  }
  for (const key of state.sort) params.append('_sort', `${key.descending ? '-' : ''}${key.field}`);
  if (!sameList(state.facets, DEFAULT_FACETS)) {
    if (state.facets.length === 0) params.append('_facets', '');
    for (const facet of state.facets) params.append('_facets', facet);
  }
  for (const nested of state.nested) {
    for (const value of nested.values) params.append(`_aggs.${nested.path.join('.')}`, value);
  }
  for (const histogram of state.histograms) {
    for (const value of histogram.values) params.append(`_histogram.${histogram.field}`, value);
  }
  for (const [field, interval] of Object.entries(state.histogramIntervals)) {
    params.append(`_histogram_interval.${field}`, interval);
  }
  if (state.facetsSize !== undefined) params.append('_facets_size', String(state.facetsSize));
  if (state.pageSize !== DEFAULT_PAGE_SIZE)
    params.append('_results_number', String(state.pageSize));
  if (state.page > 1) params.append('page', String(state.page));
  if (state.dontRun) params.append('_dont_run', '1');
  return params;
}
