/**
 * parseCrashStatsQuery: a Crash Stats Super Search query string (`/api/SuperSearch/?…`) as a
 * SearchQuery, with the reference's value parsing, combination rules, defaults and 400
 * messages. Parameters that are not fields or meta parameters are ignored, as they are by the
 * reference.
 */
import { FIELD_CATALOG, findField } from '../../fields/field-catalog.js';
import { SearchParameterError } from '../search-errors.js';
import type { SearchFilter, SearchQuery, SortKey } from '../search-query.js';
import { parseAggregationParameters, type ParameterValues } from './crash-stats-aggregations.js';
import { parseDateParameter, parseFieldParameter } from './crash-stats-filters.js';

/** A parsed Crash Stats query. */
export interface CrashStatsQuery {
  readonly query: SearchQuery;
  /** `_return_query`: the caller wants the backend query, not results. */
  readonly returnQuery: boolean;
}

/** What the parser checks beyond the query string itself. */
export interface CrashStatsParseOptions {
  /** When given, `product` values must be among these (the reference's product check). */
  readonly knownProducts?: readonly string[];
}

/** Query-string input: URLSearchParams or key/value pairs (a key repeats for lists). */
export type CrashStatsParameters = URLSearchParams | Iterable<readonly [string, string]>;

const TRUE_WORDS = new Set(['true', 't', '1', 'y', 'yes']);
/** What Django's IntegerField accepts: an integer, optionally written with a zero fraction. */
const FORM_INTEGER = /^\s*[+-]?\d+(?:\.0*)?\s*$/;
const FORM_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** Parses a Crash Stats query string; throws SearchParameterError with the reference's messages. */
export function parseCrashStatsQuery(
  input: CrashStatsParameters,
  options: CrashStatsParseOptions = {},
): CrashStatsQuery {
  const parameters = groupParameters(input);
  checkProducts(parameters.get('product'), options.knownProducts);
  checkHistogramIntervals(parameters);
  const query: SearchQuery = {
    ...parseFilters(parameters),
    ...optionalList('columns', parameters.get('_columns')),
    ...optionalList('sort', parameters.get('_sort')?.map(parseSortKey)),
    ...optionalNumber('resultsNumber', '_results_number', parameters),
    ...optionalNumber('resultsOffset', '_results_offset', parameters),
    ...optionalNumber('facetsSize', '_facets_size', parameters),
    aggregations: parseAggregationParameters(parameters),
  };
  const returnQuery = parameters.get('_return_query')?.at(-1);
  return {
    query,
    returnQuery: returnQuery !== undefined && TRUE_WORDS.has(returnQuery.toLowerCase()),
  };
}

/**
 * Values by key in first-appearance order. Empty values are dropped, as Django's form does,
 * and a key left with no value counts as absent, except `_facets` (see parseAggregationParameters).
 */
function groupParameters(input: CrashStatsParameters): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of input) {
    const values = grouped.get(key) ?? [];
    if (value !== '') values.push(value);
    grouped.set(key, values);
  }
  for (const [key, values] of grouped) {
    if (values.length === 0 && key !== '_facets') grouped.delete(key);
  }
  return grouped;
}

function parseFilters(parameters: ParameterValues): Pick<SearchQuery, 'filter' | 'dateRange'> {
  const groups: SearchFilter[] = [];
  let dateRange: SearchQuery['dateRange'];
  for (const field of FIELD_CATALOG.values()) {
    const values = parameters.get(field.name);
    if (values === undefined) continue;
    if (field.name === 'date') dateRange = parseDateParameter(field, values);
    else groups.push(parseFieldParameter(field, values));
  }
  const filter: SearchFilter | undefined =
    groups.length === 0
      ? undefined
      : groups.length === 1
        ? groups[0]
        : { kind: 'and', filters: groups };
  return { ...(filter && { filter }), ...(dateRange && { dateRange }) };
}

function parseSortKey(value: string): SortKey {
  return value.startsWith('-')
    ? { field: value.slice(1), descending: true }
    : { field: value, descending: false };
}

function optionalList<K extends string, T>(key: K, values: readonly T[] | undefined) {
  return (values === undefined ? {} : { [key]: values }) as { [P in K]?: readonly T[] };
}

/** An integer meta parameter, last value wins; Django's form rejects anything else first. */
function optionalNumber<K extends string>(
  key: K,
  parameter: string,
  parameters: ParameterValues,
): { [P in K]?: number } {
  const value = parameters.get(parameter)?.at(-1);
  if (value === undefined) return {};
  if (!FORM_INTEGER.test(value)) throw formError(parameter, 'Enter a whole number.');
  return { [key]: Math.trunc(Number(value)) } as { [P in K]?: number };
}

function checkHistogramIntervals(parameters: ParameterValues): void {
  for (const [key, values] of parameters) {
    if (!key.startsWith('_histogram_interval.')) continue;
    const field = findField(key.slice('_histogram_interval.'.length));
    const value = values.at(-1)!;
    if (field?.queryType === 'integer' && !FORM_INTEGER.test(value)) {
      throw formError(key, 'Enter a whole number.');
    }
    if (field?.queryType === 'float' && !FORM_NUMBER.test(value)) {
      throw formError(key, 'Enter a number.');
    }
  }
}

function formError(parameter: string, message: string): SearchParameterError {
  return new SearchParameterError(parameter, message, 'SEARCH_INVALID_PARAMETER', 'form_field');
}

/** The reference checks raw `product` values, operators included, against its product list. */
function checkProducts(
  values: readonly string[] | undefined,
  knownProducts: readonly string[] | undefined,
): void {
  if (values === undefined || knownProducts === undefined) return;
  const known = new Set(knownProducts);
  const invalid = [...new Set(values.filter((value) => !known.has(value)))];
  if (invalid.length > 0) {
    throw new SearchParameterError(
      'product',
      `Bad value for parameter(s) 'Not valid products: ${invalid.join(', ')}'`,
    );
  }
}
