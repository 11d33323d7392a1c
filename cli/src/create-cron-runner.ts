/** Builds the scheduled-jobs runner from the configuration and the stores it works on. */
import { setTimeout as sleep } from 'node:timers/promises';
import { CRON_JOBS, createCronRunner, type CronRunner } from '@cairn/api';
import {
  systemClock,
  type AppDb,
  type CairnConfig,
  type CrashQueue,
  type CrashStorage,
  type Logger,
  type SearchIndex,
} from '@cairn/core';

/** The stores the jobs read and write. */
export interface CronStores {
  readonly appDb: AppDb;
  readonly storage: CrashStorage;
  readonly searchIndex: SearchIndex;
  readonly queue: CrashQueue;
}

/** A runner for every job of api/src/cron/jobs.ts, on the system clock. */
export function createConfiguredCronRunner(
  config: CairnConfig,
  stores: CronStores,
  logger: Logger,
): CronRunner {
  return createCronRunner({
    jobs: CRON_JOBS,
    deps: {
      ...stores,
      clock: systemClock,
      config: config.cron,
      fetch,
      sleep: (ms) => sleep(ms),
      logger,
    },
  });
}
