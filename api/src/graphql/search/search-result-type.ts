/** The native search result: hits as CrashFields, aggregations as a recursive list. */
import type { FacetBucket, SearchFacets, SearchResult } from '@cairn/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CrashFields, toCrashFields } from '../catalog/crash-fields-type.js';
import { AggregationKind } from './search-input.js';

@ObjectType({ description: 'One bucket of a terms aggregation or histogram.' })
export class SearchBucket {
  @Field(() => String, {
    description: 'The value; T/F for booleans, the lower bound for histogram buckets.',
  })
  term!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => [SearchAggregationResult], { description: 'Nested aggregations.' })
  aggregations!: SearchAggregationResult[];
}

@ObjectType({ description: 'The result of one aggregation.' })
export class SearchAggregationResult {
  @Field(() => String, {
    description: 'The Crash Stats facet key: <field>, histogram_<field> or cardinality_<field>.',
  })
  key!: string;

  @Field(() => String)
  field!: string;

  @Field(() => AggregationKind)
  kind!: AggregationKind;

  @Field(() => [SearchBucket], { description: 'Buckets; empty for distinct counts.' })
  buckets!: SearchBucket[];

  @Field(() => Float, { nullable: true, description: 'The distinct count (cardinality only).' })
  value!: number | null;
}

@ObjectType({ description: 'A problem that did not stop the search (a missing index…).' })
export class SearchIssue {
  @Field(() => String)
  type!: string;

  @Field(() => String)
  index!: string;

  @Field(() => Int, { nullable: true })
  shardsCount!: number | null;
}

@ObjectType({ description: 'Search results.' })
export class SearchResultType {
  @Field(() => Int, { description: 'All matching crashes.' })
  total!: number;

  @Field(() => [CrashFields], {
    description: 'The requested page of crashes (requested columns only).',
  })
  hits!: CrashFields[];

  @Field(() => [SearchAggregationResult])
  aggregations!: SearchAggregationResult[];

  @Field(() => [SearchIssue])
  errors!: SearchIssue[];

  @Field(() => String, {
    nullable: true,
    description:
      'The same search as a Crash Stats query string (for /search/?… and /api/SuperSearch/?…); null when that syntax cannot express it.',
  })
  crashStatsQuery!: string | null;
}

/** Adapter facets as aggregation results. */
export function toAggregationResults(facets: SearchFacets | undefined): SearchAggregationResult[] {
  return Object.entries(facets ?? {}).map(([key, value]) => {
    const kind = key.startsWith('histogram_')
      ? AggregationKind.HISTOGRAM
      : key.startsWith('cardinality_')
        ? AggregationKind.CARDINALITY
        : AggregationKind.TERMS;
    const field = kind === AggregationKind.TERMS ? key : key.slice(key.indexOf('_') + 1);
    const buckets = Array.isArray(value) ? (value as readonly FacetBucket[]) : [];
    return {
      key,
      field,
      kind,
      buckets: buckets.map((bucket) => ({
        term: String(bucket.term),
        count: bucket.count,
        aggregations: toAggregationResults(bucket.facets),
      })),
      value: Array.isArray(value) ? null : (value as { value: number }).value,
    };
  });
}

/** An adapter result as the GraphQL result. */
export function toSearchResultType(
  result: SearchResult,
  crashStatsQuery: string | null,
): SearchResultType {
  return {
    total: result.total,
    hits: result.hits.map((hit) => toCrashFields(hit)),
    aggregations: toAggregationResults(result.facets),
    errors: result.errors.map((issue) => ({
      type: issue.type,
      index: issue.index,
      shardsCount: issue.type === 'shards' ? issue.shards_count : null,
    })),
    crashStatsQuery,
  };
}
