/**
 * Every catalog field a search input touches (filter conditions, aggregations at every depth,
 * histograms, distinct counts, sort keys, columns), so one shield rule can check them all.
 */
import type { SearchAggregation, SearchFilter, SearchQuery } from '@cairn/core';

/** The field names `query` mentions, each once. */
export function collectQueryFields(query: Partial<SearchQuery>): Set<string> {
  const names = new Set<string>();
  const visitFilter = (filter: SearchFilter | undefined): void => {
    if (!filter) return;
    if (filter.kind === 'condition') names.add(filter.field);
    else if (filter.kind === 'not') visitFilter(filter.filter);
    else filter.filters.forEach(visitFilter);
  };
  const visitAggregation = (aggregation: SearchAggregation): void => {
    names.add(aggregation.field);
    if (aggregation.kind !== 'cardinality') aggregation.aggregations?.forEach(visitAggregation);
  };
  visitFilter(query.filter);
  query.aggregations?.forEach(visitAggregation);
  query.sort?.forEach((key) => names.add(key.field));
  query.columns?.forEach((column) => names.add(column));
  return names;
}
