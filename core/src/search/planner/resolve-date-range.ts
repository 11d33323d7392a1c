/** The reference's date range rules: defaults, one bound from the other, at most 365 days. */
import { SearchParameterError, badValueError } from '../search-errors.js';
import type { PlannedDateRange } from '../search-plan.js';
import { SEARCH_LIMITS, type DateBound, type DateRange } from '../search-query.js';
import { parseSearchDate } from '../search-dates.js';

const DAY_MS = 86_400_000;

/**
 * Resolves the range against `nowMs`: no bounds means the last 7 days up to now; only an
 * upper bound means the 7 days before it; only a lower bound means up to now. Throws when a
 * bound is not a date or the range spans more than 365 days.
 */
export function resolveDateRange(range: DateRange | undefined, nowMs: number): PlannedDateRange {
  const to = range?.to ? readBound(range.to) : { ms: nowMs, inclusive: true };
  const from = range?.from
    ? readBound(range.from)
    : { ms: to.ms - SEARCH_LIMITS.defaultDateRangeDays * DAY_MS, inclusive: true };
  if (to.ms - from.ms > SEARCH_LIMITS.maxDateRangeDays * DAY_MS) {
    throw new SearchParameterError(
      'date',
      `Date range is bigger than ${SEARCH_LIMITS.maxDateRangeDays} days`,
    );
  }
  return {
    fromMs: from.ms,
    fromInclusive: from.inclusive,
    toMs: to.ms,
    toInclusive: to.inclusive,
  };
}

function readBound(bound: DateBound): { ms: number; inclusive: boolean } {
  const ms = parseSearchDate(bound.value);
  if (ms === undefined) throw badValueError('date', 'datetime');
  return { ms, inclusive: bound.inclusive };
}
