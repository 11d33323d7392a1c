import os from 'node:os';
import path from 'node:path';
import { createCodeIdLookup } from './code-id-lookup.js';
import { DiskSymbolCache } from './disk-cache.js';
import { createHttpSymbolSupplier, type HttpSymbolSupplierOptions } from './http-supplier.js';
import { createLocalSymbolSupplier } from './local-supplier.js';
import { createSymbolSupplierChain } from './supplier-chain.js';
import type { LocatedSymbols, SymbolModule, SymbolSupplier } from './symbol-supplier.js';

/** Options of createSymbolSupplier (the `--symbols-*` flags of `cairn stackwalk`). */
export interface StandardSymbolSupplierOptions {
  /** Local symbol stores or single `.sym` files (`--symbols-path`). @defaultValue [] */
  readonly symbolPaths?: readonly string[];
  /** Symbol server base URLs (`--symbols-url`). @defaultValue [] */
  readonly symbolUrls?: readonly string[];
  /** Download cache (`--symbols-cache`). @defaultValue `<os tmpdir>/cairn-symbols-cache` */
  readonly cacheDirectory?: string;
  /** Partial downloads (`--symbols-tmp`), same file system as the cache. @defaultValue `<cache>/.tmp` */
  readonly temporaryDirectory?: string;
  /** HTTP tuning, see HttpSymbolSupplierOptions. */
  readonly http?: Omit<HttpSymbolSupplierOptions, 'urls' | 'cache'>;
}

/**
 * Local paths, then the download cache, then each symbol server, like minidump-stackwalk.
 * The cache and HTTP layers exist only when at least one URL is given. With URLs, a module
 * without a debug file or debug id is first looked up by code file and code id on the servers
 * (see createCodeIdLookup); what they answer is used for every layer and reported as
 * `discoveredDebugInfo`.
 */
export function createSymbolSupplier(options: StandardSymbolSupplierOptions): SymbolSupplier {
  const suppliers: SymbolSupplier[] = [];
  const symbolPaths = options.symbolPaths ?? [];
  const symbolUrls = options.symbolUrls ?? [];
  if (symbolPaths.length > 0) suppliers.push(createLocalSymbolSupplier({ paths: symbolPaths }));
  if (symbolUrls.length === 0) return createSymbolSupplierChain(suppliers);

  const cache = new DiskSymbolCache(
    options.cacheDirectory ?? path.join(os.tmpdir(), 'cairn-symbols-cache'),
    options.temporaryDirectory,
  );
  suppliers.push(createLocalSymbolSupplier({ paths: [cache.cacheDirectory] }));
  suppliers.push(createHttpSymbolSupplier({ ...options.http, urls: symbolUrls, cache }));
  const chain = createSymbolSupplierChain(suppliers);
  const lookUpByCodeId = createCodeIdLookup({ ...options.http, urls: symbolUrls });
  return {
    async locateSymbols(module: SymbolModule, signal?: AbortSignal): Promise<LocatedSymbols> {
      if (module.debugFile !== null && module.debugId !== null) {
        return chain.locateSymbols(module, signal);
      }
      const discovered = await lookUpByCodeId(module, signal);
      if (discovered === null) return chain.locateSymbols(module, signal);
      const located = await chain.locateSymbols({ ...module, ...discovered }, signal);
      return { ...located, discoveredDebugInfo: discovered };
    },
  };
}
