import type { ContextCpu } from '../reader/context/cpu-context.js';
import type { MinidumpModule } from '../reader/streams/module-list.js';
import type { SymbolLookup } from '../symbols/symbol-file.js';

/** How a frame was found, spelled as the reference's JSON spells it. */
export type FrameTrust = 'context' | 'cfi' | 'frame_pointer' | 'scan';

/** One frame of a walked stack. */
export interface StackFrame {
  /**
   * The address used for lookups and printed as `offset`: the exact PC for the context frame,
   * the return address minus 1 (x86, amd64), 2 (ARM) or 4 (ARM64) for callers.
   */
  instruction: bigint;
  readonly trust: FrameTrust;
  readonly cpu: ContextCpu;
  /** The registers this frame knows (only valid ones are present). */
  readonly registers: Map<string, bigint>;
  /** The module containing `instruction`, once symbolicated. */
  module: MinidumpModule | undefined;
  /** What the symbol file says about `instruction`, when the module has symbols. */
  symbol: SymbolLookup | null;
  /**
   * ARM64 only: the `lr` value was recovered from a saved frame record rather than a real
   * register, so CFI may only use it when its rule row starts at the instruction.
   */
  readonly lrIsHeuristic?: boolean;
}
