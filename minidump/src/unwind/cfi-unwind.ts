import type { ReadMemory } from '../symbols/unwind/unwind-rules.js';
import type { CalleeFrames, WalkContext } from './walk-context.js';
import { symbolsOf } from './walk-context.js';

/**
 * Recovers the caller's registers from the callee module's STACK WIN / STACK CFI records.
 * `calleeSavedRegisters` are forwarded from the callee unless a rule overrides or clears them.
 * Returns undefined when the module has no symbols, no rule covers the instruction, or
 * evaluation fails. Results are not validated beyond the driver's generic checks (as Breakpad).
 */
export async function recoverCallerByCfi(
  { callee, grandCallee }: CalleeFrames,
  walk: WalkContext,
  calleeSavedRegisters: readonly string[],
  stackPointer: string,
  pointerSize: 4 | 8,
): Promise<Map<string, bigint> | undefined> {
  if (!callee.registers.has(stackPointer)) return undefined;
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
  const readMemory: ReadMemory = (address, size) => walk.stack.read(address, size ?? pointerSize);
  const result = symbols.unwindCallerRegisters(
    moduleOffset,
    {
      architecture: callee.cpu,
      registers,
      forwardedRegisters: calleeSavedRegisters.filter((name) => registers.has(name)),
      hasGrandCallee: grandCallee !== undefined,
      grandCalleeParameterSize: grandCallee?.symbol?.parameterSize ?? 0,
    },
    readMemory,
  );
  return result?.registers;
}
