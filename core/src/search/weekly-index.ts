/**
 * Weekly index periods, named like the reference's `socorro%Y%W`: the year and the
 * Monday-based week number (00 for the days before a year's first Monday). A period ends at
 * the next Monday or the next 1 January, whichever comes first. Elasticsearch keeps one
 * index per period; retention drops whole periods in both adapters.
 */

const DAY_MS = 86_400_000;

/** `YYYYWW` of the period holding the instant. */
export function weeklyIndexSuffix(epochMs: number): string {
  const date = new Date(epochMs);
  const year = date.getUTCFullYear();
  const dayOfYear = Math.floor((startOfUtcDay(epochMs) - Date.UTC(year, 0, 1)) / DAY_MS);
  const mondayBasedWeekday = (date.getUTCDay() + 6) % 7;
  const week = Math.floor((dayOfYear + 7 - mondayBasedWeekday) / 7);
  return `${year}${String(week).padStart(2, '0')}`;
}

/** The first instant after the period holding `epochMs`. */
export function weeklyIndexPeriodEnd(epochMs: number): number {
  const day = startOfUtcDay(epochMs);
  const mondayBasedWeekday = (new Date(day).getUTCDay() + 6) % 7;
  const nextMonday = day + (7 - mondayBasedWeekday) * DAY_MS;
  const nextYear = Date.UTC(new Date(day).getUTCFullYear() + 1, 0, 1);
  return Math.min(nextMonday, nextYear);
}

/** The suffixes of every period touching [fromMs, toMs], oldest first. */
export function weeklyIndexSuffixes(fromMs: number, toMs: number): string[] {
  const suffixes: string[] = [];
  for (let day = startOfUtcDay(fromMs); day <= toMs; day += DAY_MS) {
    const suffix = weeklyIndexSuffix(day);
    if (suffixes.at(-1) !== suffix) suffixes.push(suffix);
  }
  return suffixes;
}

/**
 * The retention cutoff: every crash before it is past the policy. Whole periods go, so the
 * cutoff is the end of the period holding `now − retentionWeeks`, as the reference's index
 * cleaner deletes every index named at or before that period's.
 */
export function retentionCutoff(nowMs: number, retentionWeeks: number): number {
  return weeklyIndexPeriodEnd(nowMs - retentionWeeks * 7 * DAY_MS);
}

function startOfUtcDay(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) * DAY_MS;
}
