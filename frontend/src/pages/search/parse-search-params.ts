/**
 * parseSearchParams: a Super Search URL's query string as the page's state. The string is a
 * Crash Stats query string (research/crashstats-webapp.md §1), plus Cairn's `_group.N`
 * parameters for explicit filter groups and the reference UI's `page`. Values that cannot be
 * used are left out and reported as problems, so a mistyped link still opens.
 */
import {
  RANGE_OPERATORS,
  VALUELESS_OPERATORS,
  type CatalogField,
} from '../../catalog/catalog-field';
import { parseFilterValue } from './parse-filter-value';
import {
  DEFAULT_COLUMNS,
  DEFAULT_FACETS,
  DEFAULT_PAGE_SIZE,
  EMPTY_SEARCH_STATE,
  type DateBound,
  type FilterGroup,
  type FilterLine,
  type GroupMatch,
  type HistogramRequest,
  type NestedAggregation,
  type SearchState,
  type SortKey,
} from './search-state';

/** The state and what in the URL could not be used. */
export interface ParsedSearchParams {
  readonly state: SearchState;
  /** One sentence per ignored value. */
  readonly problems: readonly string[];
}

/** Catalog fields by Crash Stats name. */
export type CatalogIndex = ReadonlyMap<string, CatalogField>;

const GROUP_MATCHES: readonly GroupMatch[] = ['all', 'any', 'none'];
const MAX_PAGE_SIZE = 1000;

/** Parses the query string of a Super Search URL. */
export function parseSearchParams(
  params: URLSearchParams,
  catalog: CatalogIndex,
): ParsedSearchParams {
  const problems: string[] = [];
  const values = groupValues(params);
  const lines: FilterLine[] = [];
  const groupLines = new Map<number, FilterLine[]>();
  const groupMatches = new Map<number, GroupMatch>();
  let dateFrom: DateBound | undefined;
  let dateTo: DateBound | undefined;

  for (const [key, raws] of values) {
    const groupKey = /^_group\.(\d+)(?:\.(.+))?$/.exec(key);
    if (groupKey) {
      const index = Number(groupKey[1]);
      if (groupKey[2] === undefined) {
        const match = raws.at(-1) as GroupMatch;
        if (GROUP_MATCHES.includes(match)) groupMatches.set(index, match);
        else problems.push(`${key} must be all, any or none; "${raws.at(-1)}" was ignored.`);
        continue;
      }
      const field = catalog.get(groupKey[2]);
      if (!field || field.name === 'date') {
        problems.push(`${key}: there is no field called "${groupKey[2]}".`);
        continue;
      }
      const group = groupLines.get(index) ?? [];
      addValues(group, field, raws);
      groupLines.set(index, group);
      continue;
    }
    if (key === 'date') {
      for (const raw of raws) {
        const bound = parseDateValue(raw);
        if (!bound) {
          problems.push(`date=${raw} is not a date with a range operator (>=, <); it was ignored.`);
        } else if (bound.lower) {
          if (!dateFrom || Date.parse(bound.bound.value) > Date.parse(dateFrom.value))
            dateFrom = bound.bound;
        } else if (!dateTo || Date.parse(bound.bound.value) < Date.parse(dateTo.value)) {
          dateTo = bound.bound;
        }
      }
      continue;
    }
    const field = catalog.get(key);
    if (field) addValues(lines, field, raws);
  }

  const pageSize =
    readInteger(values, '_results_number', 1, MAX_PAGE_SIZE, problems) ?? DEFAULT_PAGE_SIZE;
  const offset = readInteger(values, '_results_offset', 0, 10_000, problems);
  const page =
    readInteger(values, 'page', 1, 10_000, problems) ??
    (offset === undefined ? 1 : Math.floor(offset / pageSize) + 1);
  const groups: FilterGroup[] = [...groupLines.keys()]
    .sort((a, b) => a - b)
    .map((index) => ({ match: groupMatches.get(index) ?? 'all', lines: groupLines.get(index)! }));
  const columns = (values.get('_columns') ?? []).filter((column) => column !== 'uuid');
  const facetsSize = readInteger(values, '_facets_size', 0, 10_000, problems);

  const state: SearchState = {
    ...EMPTY_SEARCH_STATE,
    lines,
    groups,
    ...(dateFrom && { dateFrom }),
    ...(dateTo && { dateTo }),
    columns: values.has('_columns') ? columns : DEFAULT_COLUMNS,
    sort: (values.get('_sort') ?? []).map(parseSortKey),
    page,
    pageSize,
    facets: values.has('_facets') ? values.get('_facets')! : DEFAULT_FACETS,
    nested: readNested(values),
    histograms: readHistograms(values),
    histogramIntervals: readIntervals(values),
    ...(facetsSize !== undefined && { facetsSize }),
    dontRun: values.get('_dont_run')?.at(-1) === '1',
  };
  return { state, problems };
}

/** Values by key in first-appearance order, empty values dropped (a bare `_facets=` is kept). */
function groupValues(params: URLSearchParams): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    const list = grouped.get(key) ?? [];
    if (value !== '') list.push(value);
    grouped.set(key, list);
  }
  for (const [key, list] of grouped)
    if (list.length === 0 && key !== '_facets') grouped.delete(key);
  return grouped;
}

/**
 * Adds a parameter's values to `lines`: a value joins the line with the same field, operator
 * and negation, or starts a new one; each range value gets its own line.
 */
function addValues(lines: FilterLine[], field: CatalogField, raws: readonly string[]): void {
  for (const raw of raws) {
    const { negated, operator, operand } = parseFilterValue(field, raw);
    const index = lines.findIndex(
      (line) => line.field === field.name && line.operator === operator && line.negated === negated,
    );
    const existing = lines[index];
    if (existing && !RANGE_OPERATORS.has(operator)) {
      if (!VALUELESS_OPERATORS.has(operator)) {
        lines[index] = { ...existing, values: [...existing.values, operand] };
      }
      continue;
    }
    lines.push({
      field: field.name,
      operator,
      negated,
      values: VALUELESS_OPERATORS.has(operator) ? [] : [operand],
    });
  }
}

function parseDateValue(raw: string): { lower: boolean; bound: DateBound } | undefined {
  const match = /^(>=|<=|>|<)(.+)$/.exec(raw);
  if (!match || Number.isNaN(Date.parse(match[2]!))) return undefined;
  const operator = match[1]!;
  return {
    lower: operator.startsWith('>'),
    bound: { value: match[2]!, inclusive: operator.endsWith('=') },
  };
}

function parseSortKey(value: string): SortKey {
  return value.startsWith('-')
    ? { field: value.slice(1), descending: true }
    : { field: value, descending: false };
}

function readInteger(
  values: ReadonlyMap<string, readonly string[]>,
  key: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  const raw = values.get(key)?.at(-1);
  if (raw === undefined) return undefined;
  const number = Number(raw);
  if (!Number.isInteger(number) || number < min || number > max) {
    problems.push(`${key} must be a whole number from ${min} to ${max}; "${raw}" was ignored.`);
    return undefined;
  }
  return number;
}

function readNested(values: ReadonlyMap<string, readonly string[]>): NestedAggregation[] {
  return [...values]
    .filter(([key]) => key.startsWith('_aggs.'))
    .map(([key, list]) => ({ path: key.slice('_aggs.'.length).split('.'), values: list }));
}

function readHistograms(values: ReadonlyMap<string, readonly string[]>): HistogramRequest[] {
  return [...values]
    .filter(([key]) => key.startsWith('_histogram.'))
    .map(([key, list]) => ({ field: key.slice('_histogram.'.length), values: list }));
}

function readIntervals(values: ReadonlyMap<string, readonly string[]>): Record<string, string> {
  const intervals: Record<string, string> = {};
  for (const [key, list] of values) {
    if (key.startsWith('_histogram_interval.'))
      intervals[key.slice('_histogram_interval.'.length)] = list.at(-1)!;
  }
  return intervals;
}
