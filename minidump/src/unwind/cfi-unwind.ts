import type { ContextCpu } from '../reader/context/cpu-context.js';
import type { ReadMemory } from '../symbols/unwind/unwind-rules.js';
import type { StackFrame } from './stack-frame.js';
import type { CalleeFrames, WalkContext } from './walk-context.js';
import { symbolsOf } from './walk-context.js';

/** What the CFI strategy needs to know about one CPU; each walker declares one. */
export interface CfiArchitecture {
  readonly cpu: ContextCpu;
  /** Canonical register names (see the symbol layer's README). */
  readonly stackPointer: string;
  readonly programCounter: string;
  /** Size of a `^` memory read. */
  readonly pointerSize: 4 | 8;
  /** Registers forwarded from the callee unless a rule overrides or clears them. */
  readonly calleeSavedRegisters: readonly string[];
  /** Last touch on the recovered registers (ARM64 strips pointer-authentication bits). */
  readonly adjustRegisters?: (registers: Map<string, bigint>, walk: WalkContext) => void;
}

/**
 * The caller by STACK WIN / STACK CFI from the callee module's symbols, with trust `cfi`; its
 * `instruction` is the raw return address (the walker subtracts the CPU's adjustment).
 * Undefined when the module has no symbols, no rule covers the instruction, evaluation fails,
 * or the pc or stack pointer is not recovered. Results are not validated beyond the driver's
 * generic checks (as Breakpad).
 */
export async function callerByCfi(
  frames: CalleeFrames,
  walk: WalkContext,
  architecture: CfiArchitecture,
): Promise<StackFrame | undefined> {
  const registers = await recoverCallerRegisters(frames, walk, architecture);
  const { programCounter, stackPointer } = architecture;
  if (registers === undefined || !registers.has(programCounter) || !registers.has(stackPointer))
    return undefined;
  architecture.adjustRegisters?.(registers, walk);
  return {
    instruction: registers.get(programCounter)!,
    trust: 'cfi',
    cpu: architecture.cpu,
    registers,
    module: undefined,
    symbol: null,
  };
}

/** Evaluates the rules covering the callee's instruction; undefined when there are none. */
async function recoverCallerRegisters(
  { callee, grandCallee }: CalleeFrames,
  walk: WalkContext,
  architecture: CfiArchitecture,
): Promise<Map<string, bigint> | undefined> {
  if (!callee.registers.has(architecture.stackPointer)) return undefined;
  const module = walk.modules.moduleAt(callee.instruction);
  if (module === undefined) return undefined;
  const symbols = await symbolsOf(walk.symbols, module);
  if (symbols === null) return undefined;
  const moduleOffset = callee.instruction - module.baseOfImage;
  let registers: ReadonlyMap<string, bigint> = callee.registers;
  if (
    callee.lrIsHeuristic === true &&
    symbols.findCfiRules(moduleOffset)?.rowAddress !== moduleOffset
  ) {
    // A frame-record lr is only trustworthy at a function's entry, where no rule saved it yet.
    const withoutLr = new Map(registers);
    withoutLr.delete('lr');
    registers = withoutLr;
  }
  const readMemory: ReadMemory = (address, size) =>
    walk.stack.read(address, size ?? architecture.pointerSize);
  const result = symbols.unwindCallerRegisters(
    moduleOffset,
    {
      architecture: callee.cpu,
      registers,
      forwardedRegisters: architecture.calleeSavedRegisters.filter((name) => registers.has(name)),
      hasGrandCallee: grandCallee !== undefined,
      grandCalleeParameterSize: grandCallee?.symbol?.parameterSize ?? 0,
    },
    readMemory,
  );
  return result?.registers;
}
