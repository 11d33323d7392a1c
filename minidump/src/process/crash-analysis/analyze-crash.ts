import type { Minidump } from '../../reader/minidump.js';
import type { CpuContext } from '../../reader/context/cpu-context.js';
import type { MinidumpException } from '../../reader/streams/exception.js';
import type { MinidumpSystemInfo } from '../../reader/streams/system-info.js';
import type { MemoryRegions } from '../memory-regions.js';
import type { CrashAnalysis } from './crash-analysis.js';
import { decodeCrashingInstruction } from './decode-instruction.js';

/** What the amd64 crash analysis looks at. */
export interface CrashAnalysisInput {
  readonly exception: MinidumpException;
  readonly address: bigint;
  readonly context: CpuContext | undefined;
  readonly memory: MemoryRegions;
  readonly dump: Minidump;
  readonly systemInfo: MinidumpSystemInfo;
}

/** Decodes the crashing amd64 instruction (when its bytes were captured) and derives the crash details. */
export function analyzeCrash(input: CrashAnalysisInput): CrashAnalysis {
  const decoded =
    input.context === undefined
      ? undefined
      : decodeCrashingInstruction(input.context, input.memory);
  return {
    instruction: decoded?.text ?? null,
    memoryAccesses: decoded?.memoryAccesses ?? null,
    instructionPointerUpdate: null,
    adjustedAddress: null,
    possibleBitFlips: [],
    crashInconsistencies: [],
  };
}
