/**
 * SearchIndex: the searchable copy of processed crashes behind Super Search.
 * This is the port's first shape; the Super Search issue widens the query model.
 */
import type { ProcessedCrash } from './crash-storage.js';

/** A search over indexed crashes. */
export interface CrashSearchQuery {
  /** Only crashes of these products (any of them); all products when absent. */
  readonly product?: readonly string[];
  /** How many hits to return. @defaultValue 100 */
  readonly limit?: number;
  /** How many hits to skip. @defaultValue 0 */
  readonly offset?: number;
}

/** One search hit: the indexed fields of a crash. */
export type CrashSearchHit = { readonly uuid: string } & { readonly [field: string]: unknown };

/** The answer to a search. */
export interface CrashSearchResult {
  readonly total: number;
  readonly hits: readonly CrashSearchHit[];
}

/** The search port. */
export interface SearchIndex {
  /** Adds or replaces the index document of a processed crash (keyed by its uuid). */
  indexCrash(processedCrash: ProcessedCrash): Promise<void>;
  /** The indexed fields of one crash, or undefined when it is not indexed. */
  getCrash(crashId: string): Promise<CrashSearchHit | undefined>;
  /** Crashes matching a query, newest first. */
  search(query: CrashSearchQuery): Promise<CrashSearchResult>;
  /** Resolves when the index can be used; rejects with the reason otherwise. */
  checkHealth(): Promise<void>;
  /** Releases connections and handles. */
  close(): Promise<void>;
}
