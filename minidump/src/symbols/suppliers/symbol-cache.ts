import { NegativeCache } from './negative-cache.js';
import {
  type LocatedSymbols,
  type SymbolMiss,
  type SymbolModule,
  type SymbolSupplier,
  SymbolSupplierError,
} from './symbol-supplier.js';

/** Options of createSymbolCache. */
export interface SymbolCacheOptions {
  /** Where symbols come from on a miss. */
  readonly supplier: SymbolSupplier;
  /** Bound on the parsed files kept, in estimated bytes (`SymbolFile.estimatedBytes`). */
  readonly maxBytes: number;
  /**
   * How long a module without symbols (`not-found`, `missing-debug-info`) is remembered, in ms,
   * so warm walks do not ask the supplier again; a symbol file added meanwhile is seen only
   * after this. 0 disables. @defaultValue 60000
   */
  readonly missTtlMs?: number;
  /** Bound on remembered misses (the oldest is forgotten first). @defaultValue 10000 */
  readonly maxMisses?: number;
  /** Clock in milliseconds, for the miss TTL. @defaultValue Date.now */
  readonly now?: () => number;
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
  /** Misses remembered (expired ones count until they are looked up or pushed out). */
  readonly rememberedMisses: number;
  /** Lookups answered by a remembered miss. */
  readonly missHits: number;
}

/** A supplier that keeps recently used parsed files, and recent misses, in memory. */
export interface SymbolCache extends SymbolSupplier {
  /** The cached file or remembered miss for `module`, without waiting; undefined otherwise. */
  knownSymbols(module: SymbolModule): LocatedSymbols | SymbolMiss | undefined;
  /** Current counters. */
  stats(): SymbolCacheStats;
  /** Drops every cached file and remembered miss. */
  clear(): void;
}

/** Miss kinds that stay true until someone adds a file: worth remembering, unlike I/O failures. */
const LASTING_MISSES: ReadonlySet<string> = new Set(['not-found', 'missing-debug-info']);

/**
 * Keeps parsed symbol files in memory, least recently used first out, bounded by estimated
 * bytes, so a long-lived processor parses a hot module once. Concurrent requests for the same
 * module share one load. A `not-found` / `missing-debug-info` answer is remembered for
 * `missTtlMs` (bounded by `maxMisses`); other errors (I/O, HTTP, aborts) are not cached.
 */
export function createSymbolCache(options: SymbolCacheOptions): SymbolCache {
  const entries = new Map<string, { located: LocatedSymbols; bytes: number }>();
  const loading = new Map<string, Promise<LocatedSymbols>>();
  const missesByKey = new NegativeCache<SymbolMiss>(
    options.missTtlMs ?? 60_000,
    options.maxMisses ?? 10_000,
    options.now ?? Date.now,
  );
  let cachedBytes = 0;
  let hits = 0;
  let misses = 0;
  let evictions = 0;
  let missHits = 0;

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

  function known(key: string): LocatedSymbols | SymbolMiss | undefined {
    const cached = entries.get(key);
    if (cached) {
      hits++;
      entries.delete(key);
      entries.set(key, cached);
      return cached.located;
    }
    const miss = missesByKey.get(key);
    if (miss !== undefined) missHits++;
    return miss;
  }

  return {
    knownSymbols: (module) => known(moduleKey(module)),
    locateSymbols(module: SymbolModule, signal?: AbortSignal): Promise<LocatedSymbols> {
      const key = moduleKey(module);
      const answer = known(key);
      if (answer !== undefined && 'kind' in answer) {
        return Promise.reject(new SymbolSupplierError(answer.kind, answer.message));
      }
      if (answer !== undefined) return Promise.resolve(answer);
      const pending = loading.get(key);
      if (pending) {
        hits++;
        return pending;
      }
      misses++;
      const load = options.supplier
        .locateSymbols(module, signal)
        .then(
          (located) => {
            insert(key, located);
            return located;
          },
          (error: unknown) => {
            if (error instanceof SymbolSupplierError && LASTING_MISSES.has(error.kind)) {
              missesByKey.remember(key, { kind: error.kind, message: error.message });
            }
            throw error;
          },
        )
        .finally(() => loading.delete(key));
      loading.set(key, load);
      return load;
    },
    stats: () => ({
      entries: entries.size,
      cachedBytes,
      hits,
      misses,
      evictions,
      rememberedMisses: missesByKey.size,
      missHits,
    }),
    clear() {
      entries.clear();
      missesByKey.clear();
      cachedBytes = 0;
    },
  };
}

/** The reference's module key: code file, code id, debug file, debug id. */
function moduleKey(module: SymbolModule): string {
  return JSON.stringify([module.codeFile, module.codeId, module.debugFile, module.debugId]);
}
