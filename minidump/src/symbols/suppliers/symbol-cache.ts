import type { LocatedSymbols, SymbolModule, SymbolSupplier } from './symbol-supplier.js';

/** Options of createSymbolCache. */
export interface SymbolCacheOptions {
  /** Where symbols come from on a miss. */
  readonly supplier: SymbolSupplier;
  /** Bound on the parsed files kept, in estimated bytes (`SymbolFile.estimatedBytes`). */
  readonly maxBytes: number;
}

/** Counters of a SymbolCache. */
export interface SymbolCacheStats {
  /** Parsed files held. */
  readonly entries: number;
  /** Sum of their estimated sizes. */
  readonly cachedBytes: number;
  /** Lookups answered from memory (including joins onto a load in progress). */
  readonly hits: number;
  /** Lookups that went to the supplier. */
  readonly misses: number;
  /** Files dropped to stay under `maxBytes`. */
  readonly evictions: number;
}

/** A supplier that keeps recently used parsed files in memory. */
export interface SymbolCache extends SymbolSupplier {
  /** Current counters. */
  stats(): SymbolCacheStats;
  /** Drops every cached file. */
  clear(): void;
}

/**
 * Keeps parsed symbol files in memory, least recently used first out, bounded by estimated
 * bytes, so a long-lived processor parses a hot module once. Concurrent requests for the same
 * module share one load. Errors are not cached (the HTTP supplier has its own negative cache).
 */
export function createSymbolCache(options: SymbolCacheOptions): SymbolCache {
  const entries = new Map<string, { located: LocatedSymbols; bytes: number }>();
  const loading = new Map<string, Promise<LocatedSymbols>>();
  let cachedBytes = 0;
  let hits = 0;
  let misses = 0;
  let evictions = 0;

  function insert(key: string, located: LocatedSymbols): void {
    const bytes = located.symbolFile.estimatedBytes;
    if (bytes > options.maxBytes) return;
    const previous = entries.get(key);
    if (previous) {
      cachedBytes -= previous.bytes;
      entries.delete(key);
    }
    entries.set(key, { located, bytes });
    cachedBytes += bytes;
    for (const [oldestKey, oldest] of entries) {
      if (cachedBytes <= options.maxBytes) break;
      entries.delete(oldestKey);
      cachedBytes -= oldest.bytes;
      evictions++;
    }
  }

  return {
    locateSymbols(module: SymbolModule, signal?: AbortSignal): Promise<LocatedSymbols> {
      const key = moduleKey(module);
      const cached = entries.get(key);
      if (cached) {
        hits++;
        entries.delete(key);
        entries.set(key, cached);
        return Promise.resolve(cached.located);
      }
      const pending = loading.get(key);
      if (pending) {
        hits++;
        return pending;
      }
      misses++;
      const load = options.supplier
        .locateSymbols(module, signal)
        .then((located) => {
          insert(key, located);
          return located;
        })
        .finally(() => loading.delete(key));
      loading.set(key, load);
      return load;
    },
    stats: () => ({ entries: entries.size, cachedBytes, hits, misses, evictions }),
    clear() {
      entries.clear();
      cachedBytes = 0;
    },
  };
}

/** The reference's module key: code file, code id, debug file, debug id. */
function moduleKey(module: SymbolModule): string {
  return JSON.stringify([module.codeFile, module.codeId, module.debugFile, module.debugId]);
}
