/**
 * `cairn cron` as a long-running service: runs the due jobs, waits the poll interval, and
 * again, until stopped. Stopping lets the job in progress finish, then starts no other.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@cairn/core';
import type { CronRunner } from './cron-runner.js';

/** A running cron loop. */
export interface CronService {
  /** Resolves once the job in progress (if any) has finished; no job starts after. */
  stop(): Promise<void>;
}

/** Starts the loop at once. */
export function startCronService(
  runner: CronRunner,
  options: { intervalMs: number; logger: Logger },
): CronService {
  const stopping = new AbortController();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        await runner.runDueJobs(stopping.signal);
      } catch (error) {
        options.logger.error({ err: error }, 'cron pass failed');
      }
      try {
        await sleep(options.intervalMs, undefined, { signal: stopping.signal });
      } catch {
        // Aborted: the loop ends.
      }
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
