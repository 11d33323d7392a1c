/**
 * The date-range shortcuts of the reference's search form (research/crashstats-webapp.md §1.5):
 * the last 24 hours, 3, 7 (the default), 14 days, 1, 3 and 6 months, each ending now (UTC).
 */
import type { DateBound } from './search-state';

/** A shortcut's name and length. */
export interface DateShortcut {
  readonly label: string;
  /** Length in days, or in calendar months when `months` is set. */
  readonly days?: number;
  readonly months?: number;
}

/** The shortcuts in the order the form shows them. */
export const DATE_SHORTCUTS: readonly DateShortcut[] = [
  { label: '24 hours', days: 1 },
  { label: '3 days', days: 3 },
  { label: '7 days', days: 7 },
  { label: '14 days', days: 14 },
  { label: '1 month', months: 1 },
  { label: '3 months', months: 3 },
  { label: '6 months', months: 6 },
];

/** An ISO 8601 UTC date-time to the second, as the URL stores it ("2024-01-31T13:45:00"). */
export function toUrlDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** The range a shortcut stands for when applied at `now`: from (inclusive) to now (exclusive). */
export function applyDateShortcut(
  shortcut: DateShortcut,
  now: Date,
): { dateFrom: DateBound; dateTo: DateBound } {
  const from = new Date(now.getTime());
  if (shortcut.months !== undefined) from.setUTCMonth(from.getUTCMonth() - shortcut.months);
  else from.setTime(now.getTime() - (shortcut.days ?? 7) * 86_400_000);
  return {
    dateFrom: { value: toUrlDate(from), inclusive: true },
    dateTo: { value: toUrlDate(now), inclusive: false },
  };
}
