import type { CpuContext } from '../reader/context/cpu-context.js';
import { POINTER_REGISTERS } from '../reader/context/cpu-context.js';
import { unwindAmd64Caller } from './amd64.js';
import { unwindArmCaller } from './arm.js';
import { unwindArm64Caller } from './arm64.js';
import type { StackFrame } from './stack-frame.js';
import type { StackMemory } from './stack-memory.js';
import type { CalleeFrames, WalkContext } from './walk-context.js';
import { symbolsOf } from './walk-context.js';
import { unwindX86Caller } from './x86.js';

/**
 * A walk stops here even if the unwinder would go on. The reference has no cap (it relies on
 * the stack pointer growing), but ARM's equal-sp allowances could cycle between two frames.
 */
export const MAX_FRAMES_PER_THREAD = 100_000;

const UNWINDERS = {
  x86: unwindX86Caller,
  amd64: unwindAmd64Caller,
  arm: unwindArmCaller,
  arm64: unwindArm64Caller,
} as const;

/** What a thread walk needs; `stack` is undefined when the thread has no usable stack memory. */
export type ThreadWalkInput = Omit<WalkContext, 'stack'> & {
  readonly stack: StackMemory | undefined;
};

/**
 * Walks one thread: frame 0 comes from the context; each newest frame is symbolicated first
 * (module, function, lines, inlines, STACK WIN parameter size), then its caller is unwound.
 * Without stack memory only the context frame is produced.
 */
export async function walkStack(
  context: CpuContext,
  input: ThreadWalkInput,
): Promise<StackFrame[]> {
  const frames: StackFrame[] = [
    {
      instruction: context.registers.get(POINTER_REGISTERS[context.cpu].pc)!,
      trust: 'context',
      cpu: context.cpu,
      registers: new Map(context.registers),
      module: undefined,
      symbol: null,
    },
  ];
  const unwind = UNWINDERS[context.cpu];
  const stack = input.stack;
  for (;;) {
    const callee = frames[frames.length - 1]!;
    await symbolicateFrame(callee, input);
    if (stack === undefined || frames.length >= MAX_FRAMES_PER_THREAD) break;
    const walk: WalkContext = { ...input, stack };
    const pair: CalleeFrames = { callee, grandCallee: frames[frames.length - 2] };
    const caller = await unwind(pair, walk);
    if (caller === undefined) break;
    frames.push(caller);
  }
  return frames;
}

/** Fills a frame's module and symbol from the module map and its symbol file. */
export async function symbolicateFrame(
  frame: StackFrame,
  walk: Pick<WalkContext, 'modules' | 'symbols'>,
): Promise<void> {
  const module = walk.modules.moduleAt(frame.instruction);
  if (module === undefined) return;
  frame.module = module;
  const symbols = await symbolsOf(walk.symbols, module);
  if (symbols !== null) frame.symbol = symbols.lookupSymbol(frame.instruction - module.baseOfImage);
}
