/** The GraphQL document of Top Crashers. */
import { gql } from 'urql';

/** One row of the table. */
export interface TopCrasher {
  readonly rank: number;
  readonly signature: string;
  readonly count: number;
  readonly percentOfTotal: number;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  readonly percentChange: number | null;
  readonly isNew: boolean;
  readonly platformCounts: readonly { readonly platform: string; readonly count: number }[];
  readonly processTypeCounts: readonly { readonly processType: string; readonly count: number }[];
  readonly installCount: number;
  readonly garbageCollectingCount: number;
  readonly startupCrashFlag: string;
  readonly isStartupByUptime: boolean;
  readonly hasPluginCrashes: boolean;
  readonly firstSeenDate: string | null;
  readonly bugIds: readonly number[];
}

/** The report. */
export interface TopCrashersReport {
  readonly startDate: string;
  readonly endDate: string;
  readonly totalCrashes: number;
  readonly coveredCrashes: number;
  readonly crashers: readonly TopCrasher[];
}

/** Top Crashers for a product and filters. */
export const TOP_CRASHERS_QUERY = gql<
  { topCrashers: TopCrashersReport },
  { input: Record<string, unknown> }
>`
  query TopCrashers($input: TopCrashersInputType!) {
    topCrashers(input: $input) {
      startDate
      endDate
      totalCrashes
      coveredCrashes
      crashers {
        rank
        signature
        count
        percentOfTotal
        previousRank
        rankChange
        percentChange
        isNew
        platformCounts {
          platform
          count
        }
        processTypeCounts {
          processType
          count
        }
        installCount
        garbageCollectingCount
        startupCrashFlag
        isStartupByUptime
        hasPluginCrashes
        firstSeenDate
        bugIds
      }
    }
  }
`;

/** The platforms the API knows (name and short name). */
export const PLATFORMS_QUERY = gql<{ platforms: { name: string; shortName: string }[] }>`
  query Platforms {
    platforms {
      name
      shortName
    }
  }
`;
