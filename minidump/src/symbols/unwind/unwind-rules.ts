/** CPU families whose register names the CFI / STACK WIN evaluators know. */
export type CpuArchitecture = 'x86' | 'amd64' | 'arm' | 'arm64';

/**
 * Reads a little-endian value of `size` bytes from the thread's stack memory.
 * Returns undefined when any byte is outside the readable region.
 */
export type ReadMemory = (address: bigint, size: 4 | 8) => bigint | undefined;

/** Registers keyed by canonical name (`rip`, `esp`, `fp`, `x19`…), each an unsigned value. */
export type RegisterValues = ReadonlyMap<string, bigint>;

/** A caller's recovered registers, keyed by canonical name. */
export type CallerRegisters = Map<string, bigint>;

/** What the evaluators need to know about the frame being unwound (the callee). */
export interface CalleeContext {
  /** Decides register names, register width and the size of `^` memory reads. */
  readonly architecture: CpuArchitecture;
  /** The callee's valid registers; a missing name is an invalid (unknown) register. */
  readonly registers: RegisterValues;
  /**
   * Callee registers the caller inherits unless a rule overrides or clears them (the
   * architecture's callee-saved registers that are valid). @defaultValue none
   */
  readonly forwardedRegisters?: readonly string[];
  /** STACK WIN only: whether the callee has a callee of its own (false for the context frame). @defaultValue false */
  readonly hasGrandCallee?: boolean;
  /** STACK WIN only: the grand-callee frame's `parameterSize` (0 when unknown). @defaultValue 0 */
  readonly grandCalleeParameterSize?: number;
}

/** STACK CFI rules in effect at one address: the INIT row plus every delta row at or before it. */
export interface CfiRules {
  readonly kind: 'stack-cfi';
  /** Module offset where the covering STACK CFI INIT range starts. */
  readonly initAddress: bigint;
  /** Module offset of the last row applied (the INIT address when no delta applies). */
  readonly rowAddress: bigint;
  /** Rule texts in application order: INIT first, then the deltas. */
  readonly ruleTexts: readonly string[];
  /**
   * Computes the caller's registers: stack pointer from `.cfa`, instruction pointer from
   * `.ra`, then every other register rule (a failing one is removed from the result).
   * Null when the rules are malformed or `.cfa` / `.ra` cannot be evaluated.
   */
  evaluateCallerRegisters(callee: CalleeContext, readMemory: ReadMemory): CallerRegisters | null;
}

/** STACK WIN record (x86 Windows) covering one address. */
export interface WinFrameRules {
  /** `stack-win-framedata` (type 4, a program string) or `stack-win-fpo` (type 0). */
  readonly kind: 'stack-win-framedata' | 'stack-win-fpo';
  readonly address: bigint;
  readonly codeSize: number;
  readonly prologueSize: number;
  readonly epilogueSize: number;
  readonly parameterSize: number;
  readonly savedRegisterSize: number;
  readonly localSize: number;
  readonly maxStackSize: number;
  /** FrameData: the program string; null for FPO. */
  readonly programString: string | null;
  /** FPO: whether the function allocates a base pointer; false for FrameData. */
  readonly allocatesBasePointer: boolean;
  /** Computes the caller's eip/esp/ebp (and ebx/esi/edi when defined); null on failure. */
  evaluateCallerRegisters(callee: CalleeContext, readMemory: ReadMemory): CallerRegisters | null;
}
