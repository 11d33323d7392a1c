/**
 * When jobs run, as pure functions of a job's schedule, its state and now (UTC throughout),
 * following the reference runner (research/socorro-processor.md §7): a job is due when its
 * next run is past (or, never run, once its time of day is reached); a backfill job runs every
 * missed slot from its last success; after a success the next run is one period later,
 * snapped to the time of day; after a failure it is one minute later.
 */
import type { CronJob, Frequency } from './cron-job.js';

/** How long after a failure a job is tried again (the reference's ERROR_RETRY_TIME). */
export const RETRY_AFTER_FAILURE_MS = 60_000;

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The length of a frequency in milliseconds; throws on anything but `<n>m`, `<n>h`, `<n>d`. */
export function parseFrequency(frequency: Frequency | string): number {
  const match = /^([1-9]\d*)([mhd])$/.exec(frequency);
  if (!match) {
    throw new RangeError(
      `Not a job frequency: ${JSON.stringify(frequency)} (expected minutes, hours or days, such as 5m, 1h, 7d)`,
    );
  }
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** Hours and minutes of an `HH:MM` time of day; throws on anything else. */
export function parseTimeOfDay(timeOfDay: string): { hours: number; minutes: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(timeOfDay);
  if (!match) {
    throw new RangeError(`Not a time of day: ${JSON.stringify(timeOfDay)} (expected HH:MM, UTC)`);
  }
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** `time` on the same UTC day, at the job's time of day (seconds and below cleared). */
function atTimeOfDay(time: Date, timeOfDay: string): Date {
  const { hours, minutes } = parseTimeOfDay(timeOfDay);
  const snapped = new Date(time);
  snapped.setUTCHours(hours, minutes, 0, 0);
  return snapped;
}

/** What the schedule needs to know of a job's stored state. */
export interface ScheduleState {
  readonly nextRunAt: Date | undefined;
  readonly lastSuccessAt: Date | undefined;
}

/** Whether the job should run at `now`. */
export function isJobDue(job: CronJob, state: ScheduleState, now: Date): boolean {
  if (state.nextRunAt) return now.getTime() >= state.nextRunAt.getTime();
  if (job.timeOfDay) return now.getTime() >= atTimeOfDay(now, job.timeOfDay).getTime();
  return true;
}

/**
 * The run times of a due job, oldest first. A job that is not a backfill job, or has never
 * succeeded, runs once: now (a backfill job with a time of day: today at that time). A backfill
 * job runs each slot after its last success (snapped to its time of day), one period apart, up
 * to now; it may have none when it is run early.
 */
export function listRunTimes(job: CronJob, lastSuccess: Date | undefined, now: Date): Date[] {
  if (!job.backfill) return [now];
  if (!lastSuccess) {
    if (!job.timeOfDay) return [now];
    const today = atTimeOfDay(now, job.timeOfDay);
    return [today.getTime() <= now.getTime() ? today : new Date(today.getTime() - UNIT_MS.d)];
  }
  const periodMs = parseFrequency(job.frequency);
  const start = job.timeOfDay ? atTimeOfDay(lastSuccess, job.timeOfDay) : lastSuccess;
  const runTimes: Date[] = [];
  for (let time = start.getTime() + periodMs; time <= now.getTime(); time += periodMs) {
    runTimes.push(new Date(time));
  }
  return runTimes;
}

/** When a job that succeeded at `now` runs next. */
export function nextRunAfterSuccess(job: CronJob, now: Date): Date {
  const next = new Date(now.getTime() + parseFrequency(job.frequency));
  return job.timeOfDay ? atTimeOfDay(next, job.timeOfDay) : next;
}

/** When a job that failed at `now` is tried again. */
export function nextRunAfterFailure(now: Date): Date {
  return new Date(now.getTime() + RETRY_AFTER_FAILURE_MS);
}
