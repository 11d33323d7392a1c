import { isPlausibleReturnAddress } from './return-address-check.js';
import { callerByCfi, type CfiArchitecture } from './cfi-unwind.js';
import type { StackFrame } from './stack-frame.js';
import type { CalleeFrames, WalkContext } from './walk-context.js';

const CALLEE_SAVED = ['r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'fp'];

/** STACK CFI from the callee's module. */
const CFI: CfiArchitecture = {
  cpu: 'arm',
  stackPointer: 'sp',
  programCounter: 'pc',
  pointerSize: 4,
  calleeSavedRegisters: CALLEE_SAVED,
};

const MASK_32 = 0xffffffffn;

/**
 * Frame records (fp, lr pairs), only on iOS: elsewhere lr may be a general register. A zero fp
 * yields a null pc, which ends the walk.
 */
export function callerByFramePointer(
  { callee }: CalleeFrames,
  walk: WalkContext,
): StackFrame | undefined {
  if (walk.os !== 'ios') return undefined;
  const fp = callee.registers.get('fp');
  const sp = callee.registers.get('sp');
  if (fp === undefined || sp === undefined || fp >= MASK_32 - 8n) return undefined;
  let registers: Map<string, bigint>;
  if (fp === 0n) {
    registers = new Map([
      ['pc', 0n],
      ['fp', 0n],
      ['sp', sp],
    ]);
  } else {
    const callerFp = walk.stack.read(fp, 4);
    const pc = walk.stack.read(fp + 4n, 4);
    if (callerFp === undefined || pc === undefined) return undefined;
    registers = new Map([
      ['pc', pc],
      ['fp', callerFp],
      ['sp', fp + 8n],
    ]);
  }
  return {
    instruction: registers.get('pc')!,
    trust: 'frame_pointer',
    cpu: 'arm',
    registers,
    module: undefined,
    symbol: null,
  };
}

/** Scans the stack for the first word that looks like a return address. */
export async function callerByScan(
  { callee }: CalleeFrames,
  walk: WalkContext,
): Promise<StackFrame | undefined> {
  const sp = callee.registers.get('sp');
  if (sp === undefined) return undefined;
  const words = callee.trust === 'context' || callee.trust === 'cfi' ? 160 : 40;
  for (let index = 0; index < words; index++) {
    const slot = sp + BigInt(index * 4);
    if (slot > MASK_32) return undefined;
    const approximate = walk.stack.readApproximate(slot, 4);
    if (approximate === undefined) return undefined;
    if (!walk.modules.mayContainReturnAddress(approximate)) continue;
    const pc = walk.stack.read(slot, 4)!;
    if (!(await isPlausibleReturnAddress(pc, walk))) continue;
    const registers = new Map([
      ['pc', pc],
      ['sp', slot + 4n],
    ]);
    return {
      instruction: pc,
      trust: 'scan',
      cpu: 'arm',
      registers,
      module: undefined,
      symbol: null,
    };
  }
  return undefined;
}

/**
 * Tries CFI, then frame records, then scanning. An unchanged sp is allowed only when unwinding
 * the context frame (a leaf that kept its return address in lr).
 */
export async function unwindArmCaller(
  frames: CalleeFrames,
  walk: WalkContext,
): Promise<StackFrame | undefined> {
  const caller =
    (await callerByCfi(frames, walk, CFI)) ??
    callerByFramePointer(frames, walk) ??
    (await callerByScan(frames, walk));
  if (caller === undefined) return undefined;
  const pc = caller.registers.get('pc')!;
  const sp = caller.registers.get('sp')!;
  if (pc < 0x1000n) return undefined;
  const calleeSp = frames.callee.registers.get('sp')!;
  if (sp < calleeSp || (sp === calleeSp && frames.callee.trust !== 'context')) return undefined;
  caller.instruction = pc - 2n;
  return caller;
}
