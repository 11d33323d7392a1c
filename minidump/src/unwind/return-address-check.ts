import type { WalkContext } from './walk-context.js';
import { symbolsOf } from './walk-context.js';

/**
 * Whether a value found while scanning could be a return address: `value − 1` must lie in a
 * loaded module (JIT code is never accepted), and when that module has symbols it must resolve
 * to a FUNC or PUBLIC with a non-empty name. Only stack scanning applies this test.
 */
export async function isPlausibleReturnAddress(value: bigint, walk: WalkContext): Promise<boolean> {
  const instruction = value === 0n ? 0n : value - 1n;
  if (instruction === 0n) return false;
  const module = walk.modules.moduleAt(instruction);
  if (module === undefined) return false;
  const symbols = await symbolsOf(walk.symbols, module);
  if (symbols === null) return true;
  const symbol = symbols.lookupSymbol(instruction - module.baseOfImage);
  return symbol !== null && symbol.functionName !== '';
}
