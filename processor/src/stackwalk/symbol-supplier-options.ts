/**
 * Where the stack walker finds symbols: the processor's symbol settings, in a form that can be
 * sent to a worker thread (plain data), and the supplier built from them there.
 */
import { createSymbolCache, createSymbolSupplier, type SymbolSupplier } from '@cairn/minidump';

/** Symbol settings (CAIRN_SYMBOLS_*), as plain data. */
export interface SymbolSettings {
  /** Local symbol stores. */
  readonly paths: readonly string[];
  /** Symbol server base URLs. */
  readonly urls: readonly string[];
  /** Download cache directory. */
  readonly cacheDirectory: string;
  /** Parsed symbol files kept in memory (estimated bytes). */
  readonly memoryBytes: number;
  /** How long a module without symbols is remembered (ms). @defaultValue 60000 */
  readonly missTtlMs?: number;
}

/**
 * Local paths, then the download cache and symbol servers, behind an in-memory cache of parsed
 * files (and of recent misses) so a hot module is parsed once per thread and a module without
 * symbols is not looked up on every crash; undefined when no symbol source is set.
 */
export function createSymbolSupplierFromSettings(
  settings: SymbolSettings,
): SymbolSupplier | undefined {
  if (settings.paths.length === 0 && settings.urls.length === 0) return undefined;
  const supplier = createSymbolSupplier({
    symbolPaths: settings.paths,
    symbolUrls: settings.urls,
    cacheDirectory: settings.cacheDirectory,
  });
  return createSymbolCache({
    supplier,
    maxBytes: settings.memoryBytes,
    missTtlMs: settings.missTtlMs,
  });
}
