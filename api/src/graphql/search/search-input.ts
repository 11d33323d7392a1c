/**
 * The native search input: Super Search's power with explicit AND / OR / NOT groups (which
 * the Crash Stats syntax lacks), recursive aggregations, and the catalog's field names.
 */
import {
  CairnError,
  FILTER_OPERATORS,
  type FilterOperator,
  type SearchAggregation,
  type SearchFilter,
  type SearchQuery,
} from '@cairn/core';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';

/** Filter operators as GraphQL enum values (`STARTS_WITH`). */
export enum FilterOperatorName {
  MATCHES = 'matches',
  IS = 'is',
  CONTAINS = 'contains',
  STARTS_WITH = 'starts_with',
  ENDS_WITH = 'ends_with',
  REGEX = 'regex',
  GT = 'gt',
  GTE = 'gte',
  LT = 'lt',
  LTE = 'lte',
  IS_NULL = 'is_null',
  IS_TRUE = 'is_true',
}
registerEnumType(FilterOperatorName, {
  name: 'FilterOperator',
  description:
    'How a condition compares: MATCHES (words, case-insensitive), IS (whole value), CONTAINS, STARTS_WITH, ENDS_WITH, REGEX, GT/GTE/LT/LTE, IS_NULL (missing), IS_TRUE.',
});

/** Aggregation kinds. */
export enum AggregationKind {
  TERMS = 'terms',
  HISTOGRAM = 'histogram',
  CARDINALITY = 'cardinality',
}
registerEnumType(AggregationKind, {
  name: 'AggregationKind',
  description:
    'TERMS (buckets by value), HISTOGRAM (buckets by interval), CARDINALITY (distinct count).',
});

@InputType({
  description:
    'A filter node: either a condition (field, operator, value) or exactly one of all / any / not.',
})
export class SearchFilterInput {
  @Field(() => String, { nullable: true, description: 'Catalog field name (Crash Stats name).' })
  field?: string;

  @Field(() => FilterOperatorName, { nullable: true })
  operator?: FilterOperatorName;

  @Field(() => String, {
    nullable: true,
    description: 'The operand, as text; not for IS_NULL and IS_TRUE.',
  })
  value?: string;

  @Field(() => [SearchFilterInput], { nullable: true, description: 'Every filter must hold.' })
  all?: SearchFilterInput[];

  @Field(() => [SearchFilterInput], {
    nullable: true,
    description: 'At least one filter must hold.',
  })
  any?: SearchFilterInput[];

  @Field(() => SearchFilterInput, { nullable: true, description: 'The filter must not hold.' })
  not?: SearchFilterInput;
}

@InputType({ description: 'Which crashes by date; default the last 7 days, at most 365 days.' })
export class DateRangeInput {
  @Field(() => String, { nullable: true, description: 'ISO 8601 lower bound (UTC when no zone).' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 upper bound.' })
  to?: string;

  @Field(() => Boolean, { defaultValue: true })
  fromInclusive!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  toInclusive!: boolean;
}

@InputType({ description: 'A facet, histogram or distinct count, with nested aggregations.' })
export class AggregationInput {
  @Field(() => AggregationKind)
  kind!: AggregationKind;

  @Field(() => String)
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Histograms: a calendar interval for dates (day, week, 1M…), a width for numbers.',
  })
  interval?: string;

  @Field(() => [AggregationInput], { nullable: true })
  aggregations?: AggregationInput[];
}

@InputType({ description: 'One sort key.' })
export class SortInput {
  @Field(() => String)
  field!: string;

  @Field(() => Boolean, { defaultValue: false })
  descending!: boolean;
}

@InputType({ description: 'A Super Search query; every part is optional.' })
export class SearchInput {
  @Field(() => SearchFilterInput, { nullable: true })
  filter?: SearchFilterInput;

  @Field(() => DateRangeInput, { nullable: true })
  dateRange?: DateRangeInput;

  @Field(() => [String], {
    nullable: true,
    description:
      'Fields returned per hit (default uuid, date, signature, product, version); other hit fields are null.',
  })
  columns?: string[];

  @Field(() => [SortInput], { nullable: true })
  sort?: SortInput[];

  @Field(() => Int, { nullable: true, description: 'Hits per page, 0–1000 (default 100).' })
  resultsNumber?: number;

  @Field(() => Int, { nullable: true, description: 'Hits skipped (offset + number ≤ 10,000).' })
  resultsOffset?: number;

  @Field(() => [AggregationInput], { nullable: true })
  aggregations?: AggregationInput[];

  @Field(() => Int, { nullable: true, description: 'Buckets per terms aggregation (default 50).' })
  facetsSize?: number;
}

@InputType({
  description:
    'A Crash Stats query string (what follows ? in /search/?… or /api/SuperSearch/?…), run as it is.',
})
export class CrashStatsQueryInput {
  @Field(() => String)
  queryString!: string;
}

/** A filter input as the query model's filter; throws BAD_REQUEST for malformed nodes. */
export function toSearchFilter(input: SearchFilterInput): SearchFilter {
  const parts = [
    input.field !== undefined || input.operator !== undefined,
    input.all,
    input.any,
    input.not,
  ].filter((part) => part !== undefined && part !== false && part !== null);
  if (parts.length !== 1) {
    throw new CairnError(
      'BAD_REQUEST',
      'A filter is a condition (field, operator, value) or one of all, any, not',
    );
  }
  if (input.all) return { kind: 'and', filters: input.all.map(toSearchFilter) };
  if (input.any) return { kind: 'or', filters: input.any.map(toSearchFilter) };
  if (input.not) return { kind: 'not', filter: toSearchFilter(input.not) };
  if (input.field === undefined) throw new CairnError('BAD_REQUEST', 'A condition needs a field');
  const operator: FilterOperator = input.operator ?? 'matches';
  if (!(FILTER_OPERATORS as readonly string[]).includes(operator)) {
    throw new CairnError('BAD_REQUEST', `Unknown operator ${operator}`);
  }
  return {
    kind: 'condition',
    field: input.field,
    operator,
    ...(input.value !== undefined && input.value !== null && { value: input.value }),
  };
}

function toAggregation(input: AggregationInput): SearchAggregation {
  if (input.kind === AggregationKind.CARDINALITY)
    return { kind: 'cardinality', field: input.field };
  const aggregations = input.aggregations?.map(toAggregation);
  if (input.kind === AggregationKind.TERMS) {
    return { kind: 'terms', field: input.field, ...(aggregations && { aggregations }) };
  }
  return {
    kind: 'histogram',
    field: input.field,
    ...(input.interval !== undefined && input.interval !== null && { interval: input.interval }),
    ...(aggregations && { aggregations }),
  };
}

/** The GraphQL input as a query-model SearchQuery. */
export function toSearchQuery(input: SearchInput): SearchQuery {
  const range = input.dateRange;
  return {
    ...(input.filter && { filter: toSearchFilter(input.filter) }),
    ...(range && {
      dateRange: {
        ...(range.from && { from: { value: range.from, inclusive: range.fromInclusive ?? true } }),
        ...(range.to && { to: { value: range.to, inclusive: range.toInclusive ?? false } }),
      },
    }),
    ...(input.columns && { columns: input.columns }),
    ...(input.sort && {
      sort: input.sort.map((key) => ({ field: key.field, descending: key.descending ?? false })),
    }),
    ...(input.resultsNumber !== undefined &&
      input.resultsNumber !== null && { resultsNumber: input.resultsNumber }),
    ...(input.resultsOffset !== undefined &&
      input.resultsOffset !== null && { resultsOffset: input.resultsOffset }),
    ...(input.aggregations && { aggregations: input.aggregations.map(toAggregation) }),
    ...(input.facetsSize !== undefined &&
      input.facetsSize !== null && { facetsSize: input.facetsSize }),
  };
}
