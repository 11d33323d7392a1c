/**
 * A signature's report (research/crashstats-webapp.md §2.5): first appearance, bugs,
 * summary facets and crashes per day, all through Super Search with the caller's permissions.
 */
import type { DateRange, SearchFilter, SearchResult } from '@cairn/core';
import type { Caller } from '../auth/caller.js';
import { findBugsForSignatures, type BugAssociation } from '../stores/bug-store.js';
import { findSignaturesFirstSeen, type SignatureFirstSeen } from '../stores/signature-store.js';
import type { ServiceDependencies } from './api-services.js';
import { searchCrashes } from './search-service.js';

/** The fields the summary tab facets on (with uptime in the reference's ranges). */
export const SIGNATURE_SUMMARY_FIELDS = [
  'product',
  'version',
  'platform',
  'platform_pretty_version',
  'process_type',
  'cpu_arch',
  'android_model',
] as const;

/** Uptime ranges of the summary, in seconds: <1 min, 1–5, 5–15, 15–60, >1 h. */
export const UPTIME_RANGES = [
  { label: '< 1 min', fromSeconds: 0, toSeconds: 60 },
  { label: '1-5 min', fromSeconds: 60, toSeconds: 300 },
  { label: '5-15 min', fromSeconds: 300, toSeconds: 900 },
  { label: '15-60 min', fromSeconds: 900, toSeconds: 3600 },
  { label: '> 1 hour', fromSeconds: 3600, toSeconds: Infinity },
] as const;

/** What a signature report shows. */
export interface SignatureReport {
  readonly signature: string;
  readonly firstSeen: SignatureFirstSeen | null;
  /** Bugs linked to the signature, with their other signatures. */
  readonly bugs: readonly BugAssociation[];
  /** Totals, summary facets, the uptime histogram and crashes per day. */
  readonly search: SearchResult;
  readonly crashStatsQuery: string | null;
}

/** The exact-match filter on one signature, ANDed with the caller's extra filter. */
export function signatureFilter(signature: string, extra?: SearchFilter): SearchFilter {
  const exact: SearchFilter = {
    kind: 'condition',
    field: 'signature',
    operator: 'is',
    value: signature,
  };
  return extra ? { kind: 'and', filters: [exact, extra] } : exact;
}

/** Builds the report of one signature over a date range (default: the last 7 days). */
export async function readSignatureReport(
  deps: ServiceDependencies,
  caller: Caller,
  input: { signature: string; dateRange?: DateRange; filter?: SearchFilter; facetsSize?: number },
): Promise<SignatureReport> {
  const [firstSeen, bugs, answer] = await Promise.all([
    findSignaturesFirstSeen(deps.appDb, [input.signature]),
    findBugsForSignatures(deps.appDb, [input.signature]),
    searchCrashes(deps, caller, {
      filter: signatureFilter(input.signature, input.filter),
      ...(input.dateRange && { dateRange: input.dateRange }),
      resultsNumber: 0,
      facetsSize: input.facetsSize ?? 50,
      aggregations: [
        ...SIGNATURE_SUMMARY_FIELDS.map((field) => ({ kind: 'terms' as const, field })),
        { kind: 'cardinality', field: 'install_time' },
        { kind: 'histogram', field: 'uptime', interval: 60 },
        { kind: 'histogram', field: 'date', interval: 'day' },
      ],
    }),
  ]);
  return {
    signature: input.signature,
    firstSeen: firstSeen[0] ?? null,
    bugs,
    search: answer.result,
    crashStatsQuery: answer.crashStatsQuery,
  };
}

/**
 * Counts per uptime range from a histogram of 60-second buckets (bucket terms are lower
 * bounds in seconds).
 */
export function countUptimeRanges(
  buckets: readonly { term: string | number; count: number }[],
): { label: string; count: number }[] {
  return UPTIME_RANGES.map((range) => ({
    label: range.label,
    count: buckets
      .filter((bucket) => {
        const lower = Number(bucket.term);
        return lower >= range.fromSeconds && lower < range.toSeconds;
      })
      .reduce((sum, bucket) => sum + bucket.count, 0),
  }));
}
