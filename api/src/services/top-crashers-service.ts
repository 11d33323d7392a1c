/**
 * Top Crashers with the reference's math (research/crashstats-webapp.md §2.6): one search for
 * the window with per-signature sub-aggregations, one for the window before it with twice as
 * many signatures, then rank, share, change in share and rank, per-platform counts and flags.
 */
import type {
  FacetBucket,
  SearchAggregation,
  SearchFacets,
  SearchFilter,
  SearchQuery,
} from '@cairn/core';
import type { Caller } from '../auth/caller.js';
import { findBugsForSignatures } from '../stores/bug-store.js';
import { findSignaturesFirstSeen } from '../stores/signature-store.js';
import type { ServiceDependencies } from './api-services.js';
import { platformShortName } from './platform-service.js';
import { searchCrashes } from './search-service.js';
import {
  buildTopCrashersFilter,
  topCrashersWindow,
  type TopCrashersInput,
} from './top-crashers-input.js';

/** One row of the table. */
export interface TopCrasher {
  /** 1 for the most frequent signature. */
  readonly rank: number;
  readonly signature: string;
  readonly count: number;
  /** Share of all crashes in the window, in percent. */
  readonly percentOfTotal: number;
  /** Share in the previous window (percent); null when the signature is new. */
  readonly previousPercentOfTotal: number | null;
  /** This share minus the previous one, in percentage points; null when new. */
  readonly percentChange: number | null;
  readonly previousRank: number | null;
  /** previousRank − rank: positive when the signature climbed; null when new. */
  readonly rankChange: number | null;
  readonly isNew: boolean;
  /** Crashes per platform short name (`win`, `mac`, `lin`). */
  readonly platformCounts: readonly { platform: string; count: number }[];
  /** Crashes during garbage collection. */
  readonly garbageCollectingCount: number;
  /** Approximate distinct install times. */
  readonly installCount: number;
  readonly startupCrashCount: number;
  /** `all` when every crash is flagged startup, `some`, or `none`. */
  readonly startupCrashFlag: 'all' | 'some' | 'none';
  /** More than half of the crashes happened in the first minute. */
  readonly isStartupByUptime: boolean;
  /** Any crash was in a plugin process. */
  readonly hasPluginCrashes: boolean;
  readonly processTypeCounts: readonly { processType: string; count: number }[];
  readonly firstSeenDate: string | null;
  readonly firstSeenBuild: string | null;
  /** Linked bug ids, newest (highest) first. */
  readonly bugIds: readonly number[];
}

/** The whole table with its header numbers. */
export interface TopCrashersReport {
  readonly startDate: string;
  readonly endDate: string;
  /** All matching crashes in the window. */
  readonly totalCrashes: number;
  /** Crashes of the listed signatures. */
  readonly coveredCrashes: number;
  readonly crashers: readonly TopCrasher[];
}

const SIGNATURE_SUB_AGGREGATIONS: readonly SearchAggregation[] = [
  { kind: 'terms', field: 'platform' },
  { kind: 'terms', field: 'is_garbage_collecting' },
  { kind: 'terms', field: 'dom_fission_enabled' },
  { kind: 'terms', field: 'process_type' },
  { kind: 'terms', field: 'report_type' },
  { kind: 'terms', field: 'startup_crash' },
  { kind: 'histogram', field: 'uptime', interval: 60 },
  { kind: 'cardinality', field: 'install_time' },
];

/** Computes the Top Crashers table. */
export async function readTopCrashers(
  deps: ServiceDependencies,
  caller: Caller,
  input: TopCrashersInput,
): Promise<TopCrashersReport> {
  const window = topCrashersWindow(input, deps.clock.now());
  const size = input.resultCount ?? 50;
  const query = (
    from: Date,
    to: Date,
    facetsSize: number,
    sub: readonly SearchAggregation[],
  ): SearchQuery => {
    const filter: SearchFilter | undefined = buildTopCrashersFilter(input, from, to);
    return {
      ...(filter && { filter }),
      dateRange: {
        from: { value: from.toISOString(), inclusive: true },
        to: { value: to.toISOString(), inclusive: false },
      },
      resultsNumber: 0,
      facetsSize,
      aggregations: [{ kind: 'terms', field: 'signature', aggregations: sub }],
    };
  };
  const current = await searchCrashes(
    deps,
    caller,
    query(window.start, window.end, size, SIGNATURE_SUB_AGGREGATIONS),
  );
  const buckets = termBuckets(current.result.facets, 'signature');
  const base = {
    startDate: window.start.toISOString(),
    endDate: window.end.toISOString(),
    totalCrashes: current.result.total,
  };
  if (buckets.length === 0) return { ...base, coveredCrashes: 0, crashers: [] };

  const previous = await searchCrashes(
    deps,
    caller,
    query(window.previousStart, window.start, size * 2, [{ kind: 'terms', field: 'platform' }]),
  );
  const previousBuckets = termBuckets(previous.result.facets, 'signature');
  const previousBySignature = new Map(
    previousBuckets.map((bucket, index) => [
      String(bucket.term),
      { rank: index + 1, count: bucket.count },
    ]),
  );
  const signatures = buckets.map((bucket) => String(bucket.term));
  const [firstSeen, bugs] = await Promise.all([
    findSignaturesFirstSeen(deps.appDb, signatures),
    findBugsForSignatures(deps.appDb, signatures),
  ]);
  const firstSeenBySignature = new Map(firstSeen.map((row) => [row.signature, row]));
  const crashers = buckets.map((bucket, index): TopCrasher => {
    const signature = String(bucket.term);
    const rank = index + 1;
    const percentOfTotal = percent(bucket.count, current.result.total);
    const before = previousBySignature.get(signature);
    const previousPercent = before ? percent(before.count, previous.result.total) : null;
    const startupCrashCount = countTerm(bucket.facets, 'startup_crash', 'T');
    return {
      rank,
      signature,
      count: bucket.count,
      percentOfTotal,
      previousPercentOfTotal: previousPercent,
      percentChange: previousPercent === null ? null : percentOfTotal - previousPercent,
      previousRank: before?.rank ?? null,
      rankChange: before ? before.rank - rank : null,
      isNew: before === undefined,
      platformCounts: countPlatforms(termBuckets(bucket.facets, 'platform')),
      garbageCollectingCount: countTerm(bucket.facets, 'is_garbage_collecting', 'T'),
      installCount: cardinality(bucket.facets, 'cardinality_install_time'),
      startupCrashCount,
      startupCrashFlag:
        startupCrashCount === 0 ? 'none' : startupCrashCount >= bucket.count ? 'all' : 'some',
      isStartupByUptime: countTerm(bucket.facets, 'histogram_uptime', 0) * 2 > bucket.count,
      hasPluginCrashes: countTerm(bucket.facets, 'process_type', 'plugin') > 0,
      processTypeCounts: termBuckets(bucket.facets, 'process_type').map((term) => ({
        processType: String(term.term),
        count: term.count,
      })),
      firstSeenDate: firstSeenBySignature.get(signature)?.firstDate ?? null,
      firstSeenBuild: firstSeenBySignature.get(signature)?.firstBuild ?? null,
      bugIds: [
        ...new Set(bugs.filter((bug) => bug.signature === signature).map((bug) => bug.id)),
      ].sort((a, b) => b - a),
    };
  });
  return {
    ...base,
    coveredCrashes: crashers.reduce((sum, crasher) => sum + crasher.count, 0),
    crashers,
  };
}

function percent(count: number, total: number): number {
  return total === 0 ? 0 : (count / total) * 100;
}

function termBuckets(facets: SearchFacets | undefined, key: string): readonly FacetBucket[] {
  const value = facets?.[key];
  return Array.isArray(value) ? value : [];
}

function countTerm(facets: SearchFacets | undefined, key: string, term: string | number): number {
  return termBuckets(facets, key).find((bucket) => bucket.term === term)?.count ?? 0;
}

function cardinality(facets: SearchFacets | undefined, key: string): number {
  const value = facets?.[key];
  return value !== undefined && !Array.isArray(value) ? (value as { value: number }).value : 0;
}

function countPlatforms(buckets: readonly FacetBucket[]): { platform: string; count: number }[] {
  const counts = new Map<string, number>([
    ['win', 0],
    ['mac', 0],
    ['lin', 0],
  ]);
  for (const bucket of buckets) {
    const shortName = platformShortName(String(bucket.term));
    if (shortName && counts.has(shortName))
      counts.set(shortName, counts.get(shortName)! + bucket.count);
  }
  return [...counts].map(([platform, count]) => ({ platform, count }));
}
