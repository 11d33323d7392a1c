/** The `topCrashers` query (§2.6). */
import { Arg, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { readTopCrashers } from '../../services/top-crashers-service.js';
import type { TopCrashersInput } from '../../services/top-crashers-input.js';
import type { ApiContext } from '../context.js';

@InputType({ description: 'What Top Crashers covers.' })
export class TopCrashersInputType {
  @Field(() => String)
  product!: string;

  @Field(() => [String], { nullable: true })
  versions?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'any, parent (default), content, gpu, plugin, rdd, socket, utility, other.',
  })
  processType?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A platform name (Windows, Mac OS X, Linux).',
  })
  platform?: string;

  @Field(() => String, { nullable: true, description: 'any, crash (default) or hang.' })
  reportType?: string;

  @Field(() => Int, { nullable: true, description: '1, 3, 7 (default), 14 or 28.' })
  days?: number;

  @Field(() => String, { nullable: true, description: 'realtime (default) or byday.' })
  mode?: string;

  @Field(() => String, { nullable: true, description: 'report (default) or build date.' })
  rangeType?: string;

  @Field(() => Int, { nullable: true, description: '50 (default), 100, 200 or 300.' })
  resultCount?: number;
}

@ObjectType()
export class PlatformCount {
  @Field(() => String)
  platform!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ProcessTypeCount {
  @Field(() => String)
  processType!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One row of Top Crashers.' })
export class TopCrasherType {
  @Field(() => Int) rank!: number;
  @Field(() => String) signature!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float) percentOfTotal!: number;
  @Field(() => Float, { nullable: true }) previousPercentOfTotal!: number | null;
  @Field(() => Float, { nullable: true, description: 'Change in share, percentage points.' })
  percentChange!: number | null;
  @Field(() => Int, { nullable: true }) previousRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Positive when the signature climbed.' })
  rankChange!: number | null;
  @Field(() => Boolean) isNew!: boolean;
  @Field(() => [PlatformCount]) platformCounts!: PlatformCount[];
  @Field(() => Int) garbageCollectingCount!: number;
  @Field(() => Int) installCount!: number;
  @Field(() => Int) startupCrashCount!: number;
  @Field(() => String, { description: 'all, some or none.' }) startupCrashFlag!: string;
  @Field(() => Boolean) isStartupByUptime!: boolean;
  @Field(() => Boolean) hasPluginCrashes!: boolean;
  @Field(() => [ProcessTypeCount]) processTypeCounts!: ProcessTypeCount[];
  @Field(() => String, { nullable: true }) firstSeenDate!: string | null;
  @Field(() => String, { nullable: true }) firstSeenBuild!: string | null;
  @Field(() => [Int]) bugIds!: number[];
}

@ObjectType({ description: 'The Top Crashers table.' })
export class TopCrashersReportType {
  @Field(() => String) startDate!: string;
  @Field(() => String) endDate!: string;
  @Field(() => Int) totalCrashes!: number;
  @Field(() => Int) coveredCrashes!: number;
  @Field(() => [TopCrasherType]) crashers!: TopCrasherType[];
}

@Resolver()
export class TopCrashersResolver {
  @Query(() => TopCrashersReportType, {
    description:
      'Top crashing signatures with rank, share, change against the previous window, platforms and flags.',
  })
  async topCrashers(
    @Arg('input', () => TopCrashersInputType) input: TopCrashersInputType,
    @Ctx() context: ApiContext,
  ): Promise<TopCrashersReportType> {
    const report = await readTopCrashers(context.deps, context.caller, input as TopCrashersInput);
    return {
      ...report,
      crashers: report.crashers.map((crasher) => ({
        ...crasher,
        platformCounts: [...crasher.platformCounts],
        processTypeCounts: [...crasher.processTypeCounts],
        bugIds: [...crasher.bugIds],
      })),
    };
  }
}
