/**
 * SearchIndex: the searchable copy of processed crashes behind Super Search. Adapters take a
 * SearchPlan (planSearch() has already validated the query and applied permissions) and must
 * give identical answers; one contract suite checks that (core/test/contracts).
 */
import type { SearchPlan } from '../search/search-plan.js';
import type { ProcessedCrash } from './crash-storage.js';

/** One hit: the requested columns, lists of zero or one element flattened to null or the element. */
export type SearchHit = { readonly [column: string]: unknown };

/** One bucket of a terms aggregation or histogram. */
export interface FacetBucket {
  /**
   * The value: text, a number, `"T"`/`"F"` for booleans (the reference's format), an ISO
   * date for dates, a bucket's lower bound for histograms.
   */
  readonly term: string | number;
  readonly count: number;
  /** Sub-aggregations, when asked for. */
  readonly facets?: SearchFacets;
}

/** Distinct count. */
export interface CardinalityResult {
  readonly value: number;
}

/** Aggregation results by key: `<field>`, `histogram_<field>`, `cardinality_<field>`. */
export type SearchFacets = { readonly [key: string]: readonly FacetBucket[] | CardinalityResult };

/** A problem that did not stop the search (the reference's `errors`). */
export type SearchIssue =
  | { readonly type: 'missing_index'; readonly index: string }
  | { readonly type: 'shards'; readonly index: string; readonly shards_count: number };

/** The answer to a search, in the reference's shape. */
export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly total: number;
  readonly facets: SearchFacets;
  readonly errors: readonly SearchIssue[];
}

/** The backend query a plan becomes (the reference's `_return_query`). */
export interface SearchDescription {
  /** Elasticsearch: the request body; SQLite: the SQL statements with their parameters. */
  readonly query: unknown;
  /** Elasticsearch indices searched; empty for SQLite. */
  readonly indices: readonly string[];
}

/** What indexing a batch did. */
export interface IndexingReport {
  readonly indexed: number;
  /** Fields left out of a crash's document (unstorable values), by crash id. */
  readonly removedFields: { readonly [crashId: string]: readonly string[] };
}

/** What a retention pass removed. */
export interface RetentionReport {
  /** Crashes dated before this instant are gone (ISO 8601). */
  readonly cutoff: string;
  /** Elasticsearch indices deleted; empty for SQLite. */
  readonly removedIndices: readonly string[];
  readonly removedCrashes: number;
}

/** The search port. */
export interface SearchIndex {
  /** Adds or replaces the index document of a processed crash (keyed by its uuid). */
  indexCrash(processedCrash: ProcessedCrash): Promise<void>;
  /** Adds or replaces many at once; resolves when all are stored, rejects if any failed. */
  indexCrashes(processedCrashes: readonly ProcessedCrash[]): Promise<IndexingReport>;
  /** Every indexed field of one crash (lists as arrays), or undefined when it is not indexed. */
  getCrash(crashId: string): Promise<SearchHit | undefined>;
  /** Runs a planned search. */
  search(plan: SearchPlan): Promise<SearchResult>;
  /**
   * The backend query a plan becomes. Elasticsearch: the request, not sent. SQLite: the
   * statements a search runs, found by running it (nested aggregations depend on the rows of
   * their parents).
   */
  describeSearch(plan: SearchPlan): Promise<SearchDescription>;
  /** Makes every crash indexed so far visible to searches. */
  refresh(): Promise<void>;
  /** Removes crashes older than the retention period, counted back from `now`. */
  applyRetention(now: Date): Promise<RetentionReport>;
  /** Resolves when the index can be used; rejects with the reason otherwise. */
  checkHealth(): Promise<void>;
  /** Releases connections and handles. */
  close(): Promise<void>;
}
