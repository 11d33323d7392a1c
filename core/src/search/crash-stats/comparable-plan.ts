/**
 * A canonical text form of a plan, equal for two plans that run the same search: AND and OR
 * groups are order-free, aggregations are keyed by name, and the facet size does not matter
 * when nothing is aggregated.
 */
import type { PlannedAggregation, PlannedFilter, SearchPlan } from '../search-plan.js';

/** The canonical JSON of `plan`. */
export function comparablePlan(plan: SearchPlan): string {
  return JSON.stringify({
    filter: plan.filter && comparableFilter(plan.filter),
    dateRange: plan.dateRange,
    columns: plan.columns.map((field) => field.name),
    sort: plan.sort.map((key) => [key.field.name, key.descending]),
    resultsNumber: plan.resultsNumber,
    resultsOffset: plan.resultsOffset,
    facetsSize: plan.aggregations.length === 0 ? null : plan.facetsSize,
    aggregations: comparableAggregations(plan.aggregations),
  });
}

function comparableFilter(filter: PlannedFilter): unknown {
  switch (filter.kind) {
    case 'condition':
      return [filter.field.name, filter.operator, filter.value];
    case 'not':
      return { not: comparableFilter(filter.filter) };
    case 'and':
    case 'or':
      return {
        [filter.kind]: filter.filters
          .map((child) => JSON.stringify(comparableFilter(child)))
          .sort(),
      };
  }
}

function comparableAggregations(aggregations: readonly PlannedAggregation[]): unknown {
  return Object.fromEntries(
    [...aggregations]
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((aggregation) => [
        aggregation.key,
        aggregation.kind === 'cardinality'
          ? [aggregation.field.name]
          : [
              aggregation.field.name,
              aggregation.kind === 'histogram' ? aggregation.interval : null,
              comparableAggregations(aggregation.aggregations),
            ],
      ]),
  );
}
