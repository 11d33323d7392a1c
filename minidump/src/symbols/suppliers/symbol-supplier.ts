import type { SymbolFile } from '../symbol-file.js';

/** The identity of a loaded module, as the symbol lookup needs it (strings as in the JSON output). */
export interface SymbolModule {
  /** Full code file path (module name); its leaf keys the statistics. */
  readonly codeFile: string;
  /** Code id (lowercase hex), or null. */
  readonly codeId: string | null;
  /** Debug file (PDB path or ELF/Mach-O name), or null. */
  readonly debugFile: string | null;
  /** Breakpad debug id (`6FCC…DF8110`), or null. */
  readonly debugId: string | null;
}

/** Debug file and debug id a symbol server gave for a module that had none (found by code id). */
export interface DiscoveredDebugInfo {
  readonly debugFile: string;
  readonly debugId: string;
}

/** Symbols found for a module. */
export interface LocatedSymbols {
  readonly symbolFile: SymbolFile;
  /** Download URL, or the `INFO URL` of a cached download; null for local files (`symbol_url`). */
  readonly symbolUrl: string | null;
  /**
   * Set when the module had no debug file / debug id and a symbol server supplied them from its
   * code file and code id; the reference then reports these in the module's JSON.
   */
  readonly discoveredDebugInfo?: DiscoveredDebugInfo;
}

/** Why a supplier produced no symbols. */
export type SymbolSupplierErrorKind =
  /** This supplier has no file for the module; the next supplier may. */
  | 'not-found'
  /** The module has no debug file / debug id, so no path can be built. */
  | 'missing-debug-info'
  /** The file exists but could not be read or downloaded (I/O error, HTTP error, timeout). */
  | 'load-failed';

/** The one error type of the supplier layer; `kind` says whether to try the next supplier. */
export class SymbolSupplierError extends Error {
  override readonly name = 'SymbolSupplierError';

  constructor(
    readonly kind: SymbolSupplierErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A miss remembered as plain data (no Error object, no stack trace): why there are no symbols. */
export interface SymbolMiss {
  readonly kind: SymbolSupplierErrorKind;
  readonly message: string;
}

/** Finds and parses the symbol file of a module. */
export interface SymbolSupplier {
  /** Resolves to the parsed file or rejects with a SymbolSupplierError. */
  locateSymbols(module: SymbolModule, signal?: AbortSignal): Promise<LocatedSymbols>;
  /**
   * Optional fast path for suppliers that keep answers in memory: what `locateSymbols` would
   * settle with (the symbols, or the miss it would reject for) when that is known without
   * waiting, else undefined. Saves a walk one promise (and, for a miss, one Error) per module.
   */
  knownSymbols?(module: SymbolModule): LocatedSymbols | SymbolMiss | undefined;
}
