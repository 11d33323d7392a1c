/**
 * A scheduled job: its schedule, declared in code (the reference's job specs), and what it
 * does. Jobs are listed in order in jobs.ts; the runner (cron-runner.ts) owns every piece of
 * bookkeeping, so a job only does its work and says what it did.
 */
import type { CronDependencies } from './cron-dependencies.js';

/** Minutes, hours or days: `5m`, `1h`, `7d`. */
export type Frequency = `${number}${'m' | 'h' | 'd'}`;

/** What one run is for. */
export interface JobRun {
  /**
   * The time this run stands for: now, or for a backfill job the missed slot being caught up
   * (the reference's `--run-time`).
   */
  readonly runTime: Date;
  /** The run time of the previous successful run; undefined on the first run (`--last-success`). */
  readonly lastSuccess: Date | undefined;
}

/** One scheduled job. */
export interface CronJob {
  /** Stable name: the reference's where it does the same job (`bugassociations`). */
  readonly name: string;
  /** What it does, one sentence, for `cairn cron list` and the API. */
  readonly description: string;
  /** How long after a success the next run is due. */
  readonly frequency: Frequency;
  /** `HH:MM` in UTC: runs snap to this time of day (first run: not before it). */
  readonly timeOfDay?: string;
  /** Whether every missed slot since the last success is run, in order, instead of one run now. */
  readonly backfill: boolean;
  /** Does the work; resolves with a short summary of what it did, throws when it failed. */
  run(deps: CronDependencies, run: JobRun): Promise<string>;
}
