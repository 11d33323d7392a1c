import type {
  CalleeContext,
  CallerRegisters,
  CfiRules,
  ReadMemory,
  WinFrameRules,
} from './unwind/unwind-rules.js';

/** The MODULE line of a symbol file: `MODULE <os> <cpu> <debug id> <name>`. */
export interface SymbolModuleRecord {
  readonly os: string;
  readonly cpu: string;
  readonly debugId: string;
  readonly name: string;
}

/**
 * What parsing found wrong with a file. Parsing is lenient: a bad line is dropped and counted,
 * the rest is kept. `corrupt` says whether rust-minidump would have rejected the whole file.
 */
export interface SymbolFileStats {
  /** True when rust-minidump would reject the whole file (reported as `corrupt_symbols`). */
  readonly corrupt: boolean;
  /** Why the file is corrupt, naming the first offending line (1-based); null when not corrupt. */
  readonly corruptReason: string | null;
  /** Lines that could not be parsed and were skipped (each one also makes the file corrupt). */
  readonly droppedLines: number;
  /** Well-formed records discarded by the reference's rules (zero size, overlap, STACK WIN type mismatch, lines too long). */
  readonly discardedRecords: number;
  /** Overlapping STACK WIN records shortened so that they no longer overlap. */
  readonly repairedRecords: number;
  /** Number of text lines read. */
  readonly lineCount: number;
  /** Number of bytes read. */
  readonly byteCount: number;
}

/** One inlined call at an address, as the reference's JSON shows it in `frames[].inlines`. */
export interface InlineFrame {
  readonly functionName: string;
  readonly sourceFile: string | null;
  readonly sourceLine: number | null;
}

/** The symbol found for a module offset. */
export interface SymbolLookup {
  /** FUNC or PUBLIC name. May be empty (a nameless FUNC still counts as found). */
  readonly functionName: string;
  /** Module offset where the function starts (FUNC or PUBLIC address). */
  readonly functionBase: bigint;
  /**
   * Parameter size for STACK WIN unwinding of the caller: STACK WIN FrameData's at this
   * address, else STACK WIN FPO's, else the FUNC's (or the PUBLIC's).
   */
  readonly parameterSize: number;
  /** True when the name came from a PUBLIC record (no source information then). */
  readonly isPublic: boolean;
  /** FILE path of the outer function's line (or of the depth-0 inline call site); null when unknown. */
  readonly sourceFile: string | null;
  /** Line number for `sourceFile` (may be 0, as in the reference); null when there is no file. */
  readonly sourceLine: number | null;
  /** Module offset where that line record (or depth-0 inline range) starts; null when none. */
  readonly sourceLineBase: bigint | null;
  /** Inlined calls at this address, innermost (deepest callee) first, as the JSON prints them. */
  readonly inlines: readonly InlineFrame[];
}

/** Which record kind produced an unwind result. */
export type UnwindMethod = 'stack-win' | 'stack-cfi';

/** The caller's registers recovered from STACK WIN or STACK CFI. */
export interface SymbolUnwindResult {
  readonly method: UnwindMethod;
  readonly registers: CallerRegisters;
}

/** A parsed Breakpad symbol file with its compact lookup index. */
export interface SymbolFile {
  /** The MODULE line, or null when the file has none. */
  readonly module: SymbolModuleRecord | null;
  /** `INFO URL` of a file cached from an HTTP symbol server (last one wins); null otherwise. */
  readonly infoUrl: string | null;
  /** Parse statistics, including whether the reference would call the file corrupt. */
  readonly stats: SymbolFileStats;
  /** Rough number of bytes this index keeps alive (for memory-bounded caches). */
  readonly estimatedBytes: number;
  /** Number of FUNC records kept after overlap resolution. */
  readonly functionCount: number;
  /** Number of PUBLIC records kept. */
  readonly publicCount: number;
  /** Function / source line / inlines covering a module offset, or the nearest PUBLIC; null when none. */
  lookupSymbol(moduleOffset: bigint): SymbolLookup | null;
  /** STACK CFI rules in effect at a module offset (INIT row plus deltas), or null. */
  findCfiRules(moduleOffset: bigint): CfiRules | null;
  /** STACK WIN rules at a module offset: FrameData (type 4) preferred over FPO (type 0), or null. */
  findWinFrameRules(moduleOffset: bigint): WinFrameRules | null;
  /**
   * Unwinds one frame the way the reference does: STACK WIN first; when there is none or it
   * fails, STACK CFI. Null when neither applies or both fail.
   */
  unwindCallerRegisters(
    moduleOffset: bigint,
    callee: CalleeContext,
    readMemory: ReadMemory,
  ): SymbolUnwindResult | null;
}
