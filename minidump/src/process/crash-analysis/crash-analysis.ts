/** One memory access made by the crashing instruction. */
export interface MemoryAccess {
  readonly address: bigint;
  readonly size: number;
  /** Known only for some instructions. */
  readonly accessType: 'read' | 'write' | 'readwrite' | undefined;
  readonly isLikelyGuardPage: boolean;
}

/** How the crash address was corrected. */
export type AdjustedAddress =
  | { readonly kind: 'null-pointer'; readonly offset: bigint }
  | { readonly kind: 'non-canonical'; readonly address: bigint };

/** Heuristics behind a possible bit flip. */
export interface BitFlipDetails {
  readonly wasNonCanonical: boolean;
  readonly isNull: boolean;
  readonly wasLow: boolean;
  readonly nearbyRegisters: number;
  readonly poisonRegisters: boolean;
}

/** A valid-looking address one flipped bit away from the crash address. */
export interface PossibleBitFlip {
  readonly address: bigint;
  readonly sourceRegister: string | null;
  readonly details: BitFlipDetails;
  /** A 32-bit float, as the reference computes it. */
  readonly confidence: number;
}

/** What decoding the crashing instruction tells about the crash. */
export interface CrashAnalysis {
  readonly instruction: string | null;
  readonly memoryAccesses: readonly MemoryAccess[] | null;
  readonly instructionPointerUpdate: {
    readonly address: bigint;
    readonly isLikelyGuardPage: boolean;
  } | null;
  readonly adjustedAddress: AdjustedAddress | null;
  readonly possibleBitFlips: readonly PossibleBitFlip[];
  readonly crashInconsistencies: readonly string[];
}
