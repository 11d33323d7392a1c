/**
 * Histogram buckets as chart bars: each bar split by the terms of one sub-aggregation, the
 * biggest `maxSeries` terms overall drawn as their own series and the rest as "other".
 */

/** A histogram bucket as the API returns it (only what the chart reads). */
export interface HistogramBucketLike {
  readonly term: string;
  readonly count: number;
  readonly aggregations?: readonly {
    readonly field?: string;
    readonly key?: string;
    readonly buckets: readonly { readonly term: string; readonly count: number }[];
  }[];
}

/** One bar: its label and a count per series. */
export interface ChartBar {
  readonly label: string;
  readonly total: number;
  readonly counts: ReadonlyMap<string, number>;
}

/** Bars and the series in drawing (and legend) order. */
export interface ChartData {
  readonly bars: readonly ChartBar[];
  readonly series: readonly string[];
}

/** The name of the series holding everything not drawn on its own. */
export const OTHER_SERIES = 'other';

/** The name of the only series when the buckets are not split. */
export const TOTAL_SERIES = 'crashes';

/**
 * Builds the chart. `splitBy` names the sub-aggregation (its field or key) to split bars by;
 * without it, or when a bucket lacks it, a bar is one "crashes" series.
 */
export function toChartBars(
  buckets: readonly HistogramBucketLike[],
  splitBy?: string,
  maxSeries = 6,
): ChartData {
  const subBuckets = (bucket: HistogramBucketLike) =>
    splitBy === undefined
      ? undefined
      : bucket.aggregations?.find(
          (aggregation) => aggregation.field === splitBy || aggregation.key === splitBy,
        )?.buckets;
  const totals = new Map<string, number>();
  for (const bucket of buckets) {
    for (const sub of subBuckets(bucket) ?? [])
      totals.set(sub.term, (totals.get(sub.term) ?? 0) + sub.count);
  }
  const drawn = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxSeries)
    .map(([term]) => term);
  const drawnSet = new Set(drawn);
  let needsOther = false;
  let needsTotal = false;
  const bars = buckets.map((bucket) => {
    const counts = new Map<string, number>();
    const subs = subBuckets(bucket);
    if (subs === undefined) {
      counts.set(TOTAL_SERIES, bucket.count);
      needsTotal = true;
    } else {
      for (const sub of subs) if (drawnSet.has(sub.term)) counts.set(sub.term, sub.count);
      // Crashes without the sub-field, and terms past the drawn ones, count as "other".
      const other = bucket.count - [...counts.values()].reduce((sum, count) => sum + count, 0);
      if (other > 0) {
        counts.set(OTHER_SERIES, other);
        needsOther = true;
      }
    }
    return { label: bucket.term, total: bucket.count, counts };
  });
  const series = [
    ...drawn,
    ...(needsOther ? [OTHER_SERIES] : []),
    ...(needsTotal ? [TOTAL_SERIES] : []),
  ];
  return { bars, series };
}
