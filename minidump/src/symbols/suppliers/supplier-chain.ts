import {
  type LocatedSymbols,
  type SymbolModule,
  type SymbolSupplier,
  SymbolSupplierError,
} from './symbol-supplier.js';

/**
 * Tries suppliers in order. Only a `not-found` answer moves on to the next one, as in the
 * reference: a file that exists but cannot be loaded, or a module without debug ids, stops the
 * search.
 */
export function createSymbolSupplierChain(suppliers: readonly SymbolSupplier[]): SymbolSupplier {
  return {
    async locateSymbols(module: SymbolModule, signal?: AbortSignal): Promise<LocatedSymbols> {
      for (const supplier of suppliers) {
        try {
          return await supplier.locateSymbols(module, signal);
        } catch (error) {
          if (error instanceof SymbolSupplierError && error.kind === 'not-found') continue;
          throw error;
        }
      }
      throw new SymbolSupplierError('not-found', `no symbols for ${module.codeFile}`);
    },
  };
}
