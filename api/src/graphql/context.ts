/** What every resolver receives. */
import type { AppDb, CrashStorage, SearchIndex } from '@cairn/core';

/** The per-request context of the GraphQL API. */
export interface ApiContext {
  readonly storage: CrashStorage;
  readonly searchIndex: SearchIndex;
  readonly appDb: AppDb;
}
