/**
 * Super Search for both front doors: the Crash Stats query string (REST) and the native query
 * (GraphQL). Both plan with the caller's permissions and run the same adapter call, so the
 * same search gives the same totals and facets whichever way it came in.
 */
import {
  CairnError,
  formatCrashStatsQuery,
  hasErrorCode,
  parseCrashStatsQuery,
  planSearch,
  type SearchDescription,
  type SearchQuery,
  type SearchResult,
} from '@cairn/core';
import { fieldPermissionsOf, type Caller } from '../auth/caller.js';
import { PERMISSIONS } from '../auth/permissions.js';
import type { ServiceDependencies } from './api-services.js';

/** How a Crash Stats search treats protected fields. */
export type CrashStatsSearchMode = 'redacted' | 'unredacted';

/** The answer to a Crash Stats search: results, or the backend query for `_return_query`. */
export type CrashStatsSearchAnswer =
  | { readonly kind: 'result'; readonly result: SearchResult }
  | { readonly kind: 'query'; readonly description: SearchDescription };

/**
 * Runs a Crash Stats query string. `redacted` (/api/SuperSearch/) silently drops protected
 * fields the caller may not use, as the reference does; `unredacted`
 * (/api/SuperSearchUnredacted/) needs `view_pii` for the whole endpoint.
 */
export async function searchCrashStats(
  deps: ServiceDependencies,
  caller: Caller,
  parameters: URLSearchParams,
  mode: CrashStatsSearchMode,
): Promise<CrashStatsSearchAnswer> {
  if (mode === 'unredacted' && !caller.permissions.has('view_pii')) {
    throw new CairnError(
      'AUTH_FORBIDDEN',
      `Use of this endpoint requires the '${PERMISSIONS.view_pii}' permission`,
    );
  }
  const parsed = parseCrashStatsQuery(parameters);
  const plan = planSearch(parsed.query, {
    permissions: fieldPermissionsOf(caller),
    onForbiddenField: 'drop',
    now: deps.clock.now(),
  });
  if (parsed.returnQuery) {
    return { kind: 'query', description: await deps.searchIndex.describeSearch(plan) };
  }
  return { kind: 'result', result: await deps.searchIndex.search(plan) };
}

/** The answer to a native search. */
export interface NativeSearchAnswer {
  readonly result: SearchResult;
  /**
   * The same search as a Crash Stats query string (for `/search/?…` and `/api/SuperSearch/?…`
   * links), or null when the Crash Stats syntax cannot express it.
   */
  readonly crashStatsQuery: string | null;
}

/** Runs a native query; a protected field the caller may not use is an error, never dropped. */
export async function searchCrashes(
  deps: ServiceDependencies,
  caller: Caller,
  query: SearchQuery,
): Promise<NativeSearchAnswer> {
  const plan = planSearch(query, {
    permissions: fieldPermissionsOf(caller),
    onForbiddenField: 'reject',
    now: deps.clock.now(),
  });
  const result = await deps.searchIndex.search(plan);
  return { result, crashStatsQuery: describeAsCrashStatsQuery(query) };
}

/**
 * Runs a Crash Stats query string with the native API's rules: a protected field the caller
 * may not use is an error (GraphQL's `searchCrashStatsQuery`, for saved URLs).
 */
export async function searchCrashStatsStrictly(
  deps: ServiceDependencies,
  caller: Caller,
  parameters: URLSearchParams,
): Promise<NativeSearchAnswer> {
  const { query } = parseCrashStatsQuery(parameters);
  return searchCrashes(deps, caller, query);
}

/** The Crash Stats query string of a native query, or null when it has none. */
export function describeAsCrashStatsQuery(query: SearchQuery): string | null {
  try {
    return formatCrashStatsQuery(query).toString();
  } catch (error) {
    if (hasErrorCode(error, 'SEARCH_NOT_SHAREABLE')) return null;
    throw error;
  }
}
