/**
 * `buildIdOlderThanDays: N`: the annotation is a build id (`20` then 12 digits) whose date
 * (its first 8 characters, at midnight UTC) is more than N days before the submission time.
 * Values that are not such build ids, or whose date does not exist, never match. This is the
 * reference's `has_old_buildid` test (research/antenna-collector.md §4.2).
 */
import type { ConditionKind } from '../condition.js';

const DAY_MS = 24 * 60 * 60 * 1000;
// Python's `$` also matches before one final newline, and the reference's pattern uses it.
const BUILD_ID = /^20[0-9]{12}\n?$/;

/** The UTC midnight of a build id's date, or undefined when it is not a real date. */
export function buildIdDate(buildId: string): Date | undefined {
  if (!BUILD_ID.test(buildId)) return undefined;
  const year = Number(buildId.slice(0, 4));
  const month = Number(buildId.slice(4, 6));
  const day = Number(buildId.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return exists ? date : undefined;
}

/** Matches build ids older than a number of days. */
export const buildIdOlderThanCondition: ConditionKind = {
  name: 'buildIdOlderThanDays',
  description:
    'The annotation is a build id (`20` + 12 digits) dated more than the given number of days before the submission.',
  readsAnnotation: true,
  build(builder) {
    const days = builder.operandNumber();
    return (context) => {
      const date = buildIdDate(builder.readValue(context));
      return date !== undefined && date.getTime() < context.now.getTime() - days * DAY_MS;
    };
  },
};
