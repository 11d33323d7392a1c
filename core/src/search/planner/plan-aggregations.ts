/** Validates facets, nested aggregations, histograms and distinct counts. */
import type { FieldDefinition } from '../../fields/field-definition.js';
import { SearchParameterError } from '../search-errors.js';
import {
  CALENDAR_INTERVALS,
  type CalendarInterval,
  type PlannedAggregation,
} from '../search-plan.js';
import type { SearchAggregation } from '../search-query.js';
import { resolveSearchField, type PlanningCaller } from './resolve-search-field.js';

const MAX_AGGREGATION_DEPTH = 4;

const CALENDAR_SHORTHANDS: Readonly<Record<string, CalendarInterval>> = {
  '1m': 'minute',
  '1h': 'hour',
  '1d': 'day',
  '1w': 'week',
  '1M': 'month',
  '1q': 'quarter',
  '1y': 'year',
};

/**
 * The validated aggregations. Two at one level with the same result key: the later one wins,
 * as in the reference.
 */
export function planAggregations(
  aggregations: readonly SearchAggregation[] | undefined,
  caller: PlanningCaller,
  depth = 1,
): readonly PlannedAggregation[] {
  if (aggregations === undefined || aggregations.length === 0) return [];
  if (depth > MAX_AGGREGATION_DEPTH) {
    throw new SearchParameterError(
      '_aggs',
      `Search query is too complex: aggregations nest deeper than ${MAX_AGGREGATION_DEPTH} levels`,
      'SEARCH_QUERY_TOO_COMPLEX',
    );
  }
  const byKey = new Map<string, PlannedAggregation>();
  for (const aggregation of aggregations) {
    const planned = planAggregation(aggregation, caller, depth);
    if (planned === undefined) continue;
    byKey.delete(planned.key);
    byKey.set(planned.key, planned);
  }
  return [...byKey.values()];
}

function planAggregation(
  aggregation: SearchAggregation,
  caller: PlanningCaller,
  depth: number,
): PlannedAggregation | undefined {
  const parameter = parameterOf(aggregation);
  const field = resolveSearchField(aggregation.field, parameter, caller);
  if (field === undefined) return undefined;
  if (!field.isAggregatable) {
    throw new SearchParameterError(parameter, `Field '${field.name}' cannot be aggregated`);
  }
  switch (aggregation.kind) {
    case 'cardinality':
      return { kind: 'cardinality', key: `cardinality_${field.name}`, field };
    case 'terms':
      return {
        kind: 'terms',
        key: field.name,
        field,
        aggregations: planAggregations(aggregation.aggregations, caller, depth + 1),
      };
    case 'histogram':
      if (!field.hasHistogram) {
        throw new SearchParameterError(
          parameter,
          `Field '${field.name}' is not a date or number field and has no histogram`,
        );
      }
      return {
        kind: 'histogram',
        key: `histogram_${field.name}`,
        field,
        interval: resolveInterval(field, aggregation.interval),
        aggregations: planAggregations(aggregation.aggregations, caller, depth + 1),
      };
  }
}

function parameterOf(aggregation: SearchAggregation): string {
  if (aggregation.kind === 'histogram') return `_histogram.${aggregation.field}`;
  if (aggregation.kind === 'cardinality') return `_cardinality.${aggregation.field}`;
  return '_facets';
}

/** A date field's calendar interval (default `day`) or a number field's width (default 1). */
function resolveInterval(
  field: FieldDefinition,
  interval: string | number | undefined,
): CalendarInterval | number {
  const parameter = `_histogram_interval.${field.name}`;
  if (field.queryType === 'date') {
    if (interval === undefined) return 'day';
    const text = String(interval);
    const calendar = CALENDAR_SHORTHANDS[text] ?? CALENDAR_INTERVALS.find((name) => name === text);
    if (calendar === undefined) {
      throw new SearchParameterError(
        parameter,
        `Bad value for parameter ${parameter}: not a valid calendar interval (${CALENDAR_INTERVALS.join(', ')}, or 1m, 1h, 1d, 1w, 1M, 1q, 1y)`,
      );
    }
    return calendar;
  }
  if (interval === undefined) return 1;
  const width = typeof interval === 'number' ? interval : Number(interval.trim());
  const valid =
    interval !== '' &&
    Number.isFinite(width) &&
    width > 0 &&
    (field.queryType !== 'integer' || Number.isInteger(width));
  if (!valid) {
    const typeName = field.queryType === 'integer' ? 'positive int' : 'positive number';
    throw new SearchParameterError(
      parameter,
      `Bad value for parameter ${parameter}: not a valid ${typeName}`,
    );
  }
  return width;
}
