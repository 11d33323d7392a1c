/**
 * The aggregation parameters of a Crash Stats query string: `_facets`, `_aggs.<a>[.<b>…]`,
 * `_histogram.<field>` and `_histogram_interval.<field>`. Their values name fields to
 * aggregate, `_histogram.<field>` or `_cardinality.<field>`.
 */
import { FIELD_CATALOG, findField } from '../../fields/field-catalog.js';
import type { SearchAggregation } from '../search-query.js';

/** Query-string values grouped by key, in the order keys first appeared. */
export type ParameterValues = ReadonlyMap<string, readonly string[]>;

/**
 * Every aggregation the parameters ask for: `_facets` first, then `_aggs.*` in the order
 * they appear, then `_histogram.*`, as the reference adds them. `_facets` defaults to
 * `signature`; an explicitly empty `_facets=` asks for none (a Cairn extension: the
 * reference has no way to say it). Histogram values naming a field without histograms are
 * skipped, and so are `_aggs` paths whose first field is unknown, as in the reference.
 */
export function parseAggregationParameters(parameters: ParameterValues): SearchAggregation[] {
  const intervals = readIntervals(parameters);
  const leaf = (value: string) => parseAggregationValue(value, intervals);
  const aggregations: SearchAggregation[] = [];
  for (const value of parameters.get('_facets') ?? ['signature']) {
    const aggregation = leaf(value);
    if (aggregation) aggregations.push(aggregation);
  }
  for (const [key, values] of parameters) {
    if (!key.startsWith('_aggs.')) continue;
    const path = key.slice('_aggs.'.length).split('.');
    if (findField(path[0]!) === undefined) continue;
    const known = path.filter((name) => findField(name) !== undefined);
    let nested: SearchAggregation[] = values.flatMap((value) => leaf(value) ?? []);
    for (const name of known.reverse()) {
      nested = [{ kind: 'terms', field: name, aggregations: nested }];
    }
    aggregations.push(nested[0]!);
  }
  for (const field of FIELD_CATALOG.values()) {
    const values = parameters.get(`_histogram.${field.name}`);
    if (values === undefined || !field.hasHistogram) continue;
    aggregations.push({
      kind: 'histogram',
      field: field.name,
      ...intervalOf(field.name, intervals),
      aggregations: values.flatMap((value) => leaf(value) ?? []),
    });
  }
  return aggregations;
}

function parseAggregationValue(
  value: string,
  intervals: ReadonlyMap<string, string>,
): SearchAggregation | undefined {
  if (value.startsWith('_histogram.')) {
    const field = value.slice('_histogram.'.length);
    if (findField(field)?.hasHistogram !== true) return undefined;
    return { kind: 'histogram', field, ...intervalOf(field, intervals) };
  }
  if (value.startsWith('_cardinality.')) {
    return { kind: 'cardinality', field: value.slice('_cardinality.'.length) };
  }
  return { kind: 'terms', field: value };
}

function intervalOf(field: string, intervals: ReadonlyMap<string, string>) {
  const interval = intervals.get(field);
  return interval === undefined ? {} : { interval };
}

/** `_histogram_interval.<field>` values (the last one of each wins, as in a Django form). */
function readIntervals(parameters: ParameterValues): Map<string, string> {
  const intervals = new Map<string, string>();
  for (const [key, values] of parameters) {
    if (!key.startsWith('_histogram_interval.')) continue;
    const field = findField(key.slice('_histogram_interval.'.length));
    const value = values.at(-1);
    if (field?.hasHistogram && value !== undefined) intervals.set(field.name, value);
  }
  return intervals;
}
