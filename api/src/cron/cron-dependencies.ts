/** What scheduled jobs work with: the ports, a clock, the settings and HTTP. Passed in, never global. */
import type {
  AppDb,
  Clock,
  CrashQueue,
  CrashStorage,
  CronConfig,
  Logger,
  SearchIndex,
} from '@cairn/core';

/** The dependencies every job's `run` receives. */
export interface CronDependencies {
  /** Migrated already. */
  readonly appDb: AppDb;
  readonly storage: CrashStorage;
  readonly searchIndex: SearchIndex;
  readonly queue: CrashQueue;
  readonly clock: Clock;
  readonly config: CronConfig;
  /** The HTTP client for Bugzilla and product-version sources. */
  readonly fetch: typeof fetch;
  /** Waits between retries of a failed HTTP request; tests pass one that does not wait. */
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: Logger;
}
