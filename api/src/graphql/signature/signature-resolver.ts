/** The `signature` query: a signature's report (§2.5) over the shared services. */
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { countUptimeRanges, readSignatureReport } from '../../services/signature-service.js';
import type { ApiContext } from '../context.js';
import { DateRangeInput, SearchFilterInput, toSearchFilter } from '../search/search-input.js';
import { SearchAggregationResult, toAggregationResults } from '../search/search-result-type.js';

@ObjectType({ description: 'A bug and one signature it is linked to.' })
export class BugLink {
  @Field(() => Int)
  id!: number;

  @Field(() => String)
  signature!: string;
}

@ObjectType({ description: 'Crashes in one uptime range.' })
export class UptimeRange {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What the signature report shows.' })
export class SignatureReportType {
  @Field(() => String)
  signature!: string;

  @Field(() => Int, { description: 'Crashes in the range.' })
  total!: number;

  @Field(() => String, { nullable: true, description: 'When the signature was first seen.' })
  firstSeenDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Build id of that first crash.' })
  firstSeenBuild!: string | null;

  @Field(() => [BugLink], { description: 'Linked bugs, with their other signatures.' })
  bugs!: BugLink[];

  @Field(() => [SearchAggregationResult], {
    description:
      'Summary facets (product, version, platform, process type…), install count, uptime and per-day histograms.',
  })
  aggregations!: SearchAggregationResult[];

  @Field(() => [UptimeRange])
  uptimeRanges!: UptimeRange[];

  @Field(() => String, { nullable: true, description: 'The equivalent Crash Stats query string.' })
  crashStatsQuery!: string | null;
}

@Resolver()
export class SignatureResolver {
  @Query(() => SignatureReportType, { description: 'The report of one signature (exact match).' })
  async signature(
    @Arg('signature', () => String) signature: string,
    @Arg('dateRange', () => DateRangeInput, { nullable: true })
    dateRange: DateRangeInput | undefined,
    @Arg('filter', () => SearchFilterInput, { nullable: true })
    filter: SearchFilterInput | undefined,
    @Ctx() context: ApiContext,
  ): Promise<SignatureReportType> {
    context.checkSearchRate();
    const report = await readSignatureReport(context.deps, context.caller, {
      signature,
      ...(filter && { filter: toSearchFilter(filter) }),
      ...(dateRange && {
        dateRange: {
          ...(dateRange.from && {
            from: { value: dateRange.from, inclusive: dateRange.fromInclusive ?? true },
          }),
          ...(dateRange.to && {
            to: { value: dateRange.to, inclusive: dateRange.toInclusive ?? false },
          }),
        },
      }),
    });
    const uptime = report.search.facets.histogram_uptime;
    return {
      signature,
      total: report.search.total,
      firstSeenDate: report.firstSeen?.firstDate ?? null,
      firstSeenBuild: report.firstSeen?.firstBuild ?? null,
      bugs: [...report.bugs],
      aggregations: toAggregationResults(report.search.facets),
      uptimeRanges: countUptimeRanges(Array.isArray(uptime) ? uptime : []),
      crashStatsQuery: report.crashStatsQuery,
    };
  }
}
