/** What the API's services need: the ports, a clock and the settings. Passed in, never global. */
import type { ApiConfig, AppDb, Clock, CrashQueue, CrashStorage, SearchIndex } from '@cairn/core';

/** The dependencies every service function takes. */
export interface ServiceDependencies {
  readonly storage: CrashStorage;
  readonly searchIndex: SearchIndex;
  readonly appDb: AppDb;
  readonly queue: CrashQueue;
  readonly clock: Clock;
  readonly config: ApiConfig;
}
