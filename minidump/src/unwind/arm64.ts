import { isPlausibleReturnAddress } from './return-address-check.js';
import { callerByCfi, type CfiArchitecture } from './cfi-unwind.js';
import type { StackFrame } from './stack-frame.js';
import type { CalleeFrames, WalkContext } from './walk-context.js';

const CALLEE_SAVED = ['x19', 'x20', 'x21', 'x22', 'x23', 'x24', 'x25', 'x26', 'x27', 'x28', 'fp'];

/** STACK CFI from the callee's module; pc, lr and fp results are stripped of PAC bits. */
const CFI: CfiArchitecture = {
  cpu: 'arm64',
  stackPointer: 'sp',
  programCounter: 'pc',
  pointerSize: 8,
  calleeSavedRegisters: CALLEE_SAVED,
  adjustRegisters: (registers, walk) => {
    for (const name of ['pc', 'lr', 'fp']) {
      const value = registers.get(name);
      if (value !== undefined) registers.set(name, stripPointerAuthentication(value, walk));
    }
  },
};

const MAX_U64 = 0xffffffffffffffffn;
/** Apple's default split leaves 47 bits of real address below the authentication bits. */
const APPLE_DEFAULT_MAX_ADDRESS = (1n << 47n) - 1n;

/**
 * Removes pointer-authentication bits: keeps the bits below the next power of two above the
 * highest plausible address (2^47 − 1, or the end of the highest-based loaded module).
 */
export function stripPointerAuthentication(pointer: bigint, walk: WalkContext): bigint {
  const highestModule = walk.modules.highestBasedModule;
  const moduleEnd =
    highestModule === undefined
      ? 0n
      : highestModule.baseOfImage + BigInt(highestModule.sizeOfImage);
  const maxAddress = moduleEnd > APPLE_DEFAULT_MAX_ADDRESS ? moduleEnd : APPLE_DEFAULT_MAX_ADDRESS;
  let highBit = 1n;
  while (highBit < maxAddress) highBit <<= 1n;
  if (highBit > MAX_U64) return pointer;
  return pointer & (highBit - 1n);
}

/** Outside user space: the first page or above 2^52. */
function isImplausiblePc(pc: bigint): boolean {
  return pc < 0x1000n || pc > 0x000fffffffffffffn;
}

/**
 * Frame records: pc = *(fp+8), fp' = *fp, sp = fp+16, and the caller's lr from its own saved
 * record (marked heuristic). Leaf functions are not detected, so a leaf's caller is skipped.
 */
export function callerByFramePointer(
  { callee }: CalleeFrames,
  walk: WalkContext,
): StackFrame | undefined {
  const fp = callee.registers.get('fp');
  const sp = callee.registers.get('sp');
  if (fp === undefined || sp === undefined || fp >= MAX_U64 - 16n) return undefined;
  let callerFp = 0n;
  let pc = 0n;
  let callerSp = sp;
  if (fp !== 0n) {
    const savedFp = walk.stack.read(fp, 8);
    const savedPc = walk.stack.read(fp + 8n, 8);
    if (savedFp === undefined || savedPc === undefined) return undefined;
    callerFp = savedFp;
    pc = savedPc;
    callerSp = fp + 16n;
  }
  callerFp = stripPointerAuthentication(callerFp, walk);
  pc = stripPointerAuthentication(pc, walk);
  if (isImplausiblePc(pc)) return undefined;
  const registers = new Map([
    ['pc', pc],
    ['fp', callerFp],
    ['sp', callerSp],
  ]);
  let lrIsHeuristic = false;
  if (callerFp !== 0n && callerFp + 8n <= MAX_U64) {
    const savedLr = walk.stack.read(callerFp + 8n, 8);
    if (savedLr !== undefined) {
      registers.set('lr', stripPointerAuthentication(savedLr, walk));
      lrIsHeuristic = true;
    }
  }
  return {
    instruction: pc,
    trust: 'frame_pointer',
    cpu: 'arm64',
    registers,
    module: undefined,
    symbol: null,
    lrIsHeuristic: lrIsHeuristic || undefined,
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
    const slot = sp + BigInt(index * 8);
    if (slot > MAX_U64) return undefined;
    const approximate = walk.stack.readApproximate(slot, 8);
    if (approximate === undefined) return undefined;
    if (!walk.modules.mayContainReturnAddress(approximate)) continue;
    const pc = walk.stack.read(slot, 8)!;
    if (isImplausiblePc(pc) || !(await isPlausibleReturnAddress(pc, walk))) continue;
    const registers = new Map([
      ['pc', pc],
      ['sp', slot + 8n],
    ]);
    return {
      instruction: pc,
      trust: 'scan',
      cpu: 'arm64',
      registers,
      module: undefined,
      symbol: null,
    };
  }
  return undefined;
}

/**
 * Tries CFI, then frame records, then scanning. An unchanged sp is allowed only if the pc
 * changed and the callee is the context frame (a leaf) or the caller came from CFI.
 */
export async function unwindArm64Caller(
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
  if (sp < calleeSp) return undefined;
  if (sp === calleeSp) {
    const pcChanged = pc !== frames.callee.registers.get('pc');
    if (!pcChanged || !(frames.callee.trust === 'context' || caller.trust === 'cfi'))
      return undefined;
  }
  caller.instruction = pc - 4n;
  return caller;
}
