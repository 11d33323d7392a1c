/** The shape of a search case, and helpers the case files share. */
import type { ErrorCode } from '../../../src/errors.js';
import type { SearchFacets, SearchHit } from '../../../src/ports/search-index.js';
import type { SearchQuery } from '../../../src/search/search-query.js';
import { OLD_CRASHES, SEARCH_FIXTURE, type CrashFacts } from '../../fixtures/search-crashes.js';
import { recent, termsFacet } from '../search-expectations.js';

/** What a case must answer; absent parts are not checked. */
export interface SearchExpectation {
  readonly total?: number;
  readonly hits?: readonly SearchHit[];
  readonly facets?: SearchFacets;
}

/** One query and its answer. */
export interface SearchCase {
  readonly name: string;
  /** A Crash Stats query string (planned with drop-and-strip), or a native query. */
  readonly crashStats?: string;
  readonly query?: SearchQuery;
  /** Whether the caller holds view_pii. @defaultValue true */
  readonly hasPii?: boolean;
  readonly expect: SearchExpectation | { readonly error: ErrorCode };
}

/** Every fixture crash, old ones included. */
export const ALL_CRASHES = [...SEARCH_FIXTURE, ...OLD_CRASHES];
/** Fixture crashes since 1 February 2024. */
export const SINCE_FEBRUARY = ALL_CRASHES.filter((c) => c.dateMs >= Date.UTC(2024, 1, 1));
/** How many recent crashes match. */
export const count = (predicate: (crash: CrashFacts) => boolean) => recent(predicate).length;
/** Hits holding only uuids. */
export const uuidHits = (crashes: CrashFacts[]) => crashes.map((crash) => ({ uuid: crash.uuid }));
/** The default signature facet of some crashes. */
export const signatureFacet = (crashes: CrashFacts[]) => ({
  signature: termsFacet(crashes, (crash) => crash.signature),
});
