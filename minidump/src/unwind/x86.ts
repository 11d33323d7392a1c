import { isPlausibleReturnAddress } from './return-address-check.js';
import { callerByCfi, type CfiArchitecture } from './cfi-unwind.js';
import type { StackFrame } from './stack-frame.js';
import type { CalleeFrames, WalkContext } from './walk-context.js';

const CALLEE_SAVED = ['ebp', 'ebx', 'edi', 'esi'];

/** STACK WIN / STACK CFI from the callee's module. */
const CFI: CfiArchitecture = {
  cpu: 'x86',
  stackPointer: 'esp',
  programCounter: 'eip',
  pointerSize: 4,
  calleeSavedRegisters: CALLEE_SAVED,
};

const MASK_32 = 0xffffffffn;
/** Frames larger than 128 KiB are implausible when recovering ebp after a scan. */
const MAX_FRAME_GAP = 128n * 1024n;

/**
 * The saved-ebp chain: eip = *(ebp+4), ebp' = *ebp, esp = ebp+8. Deliberately permissive (no
 * sanity checks) to match Breakpad's frame counts.
 */
export function callerByFramePointer(
  { callee }: CalleeFrames,
  walk: WalkContext,
): StackFrame | undefined {
  const ebp = callee.registers.get('ebp');
  if (ebp === undefined || ebp >= MASK_32 - 8n) return undefined;
  const eip = walk.stack.read(ebp + 4n, 4);
  const callerEbp = walk.stack.read(ebp, 4);
  if (eip === undefined || callerEbp === undefined) return undefined;
  const registers = new Map([
    ['eip', eip],
    ['esp', ebp + 8n],
    ['ebp', callerEbp],
  ]);
  return {
    instruction: eip,
    trust: 'frame_pointer',
    cpu: 'x86',
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
  const esp = callee.registers.get('esp');
  if (esp === undefined) return undefined;
  const calleeEbp = callee.registers.get('ebp');
  const words = callee.trust === 'context' || callee.trust === 'cfi' ? 160 : 40;
  for (let index = 0; index < words; index++) {
    const slot = esp + BigInt(index * 4);
    if (slot > MASK_32) return undefined;
    const approximate = walk.stack.readApproximate(slot, 4);
    if (approximate === undefined) return undefined;
    if (!walk.modules.mayContainReturnAddress(approximate)) continue;
    const eip = walk.stack.read(slot, 4)!;
    if (!(await isPlausibleReturnAddress(eip, walk))) continue;
    const callerEsp = slot + 4n;
    const registers = new Map([
      ['eip', eip],
      ['esp', callerEsp],
    ]);
    if (index > 0) {
      const ebpSlot = slot - 4n;
      const savedEbp = walk.stack.read(ebpSlot, 4)!;
      if (savedEbp > slot && savedEbp - ebpSlot <= MAX_FRAME_GAP) {
        if (walk.stack.contains(savedEbp, 4)) registers.set('ebp', savedEbp);
      } else if (
        calleeEbp !== undefined &&
        calleeEbp >= callerEsp &&
        walk.stack.contains(calleeEbp, 4)
      ) {
        registers.set('ebp', calleeEbp);
      }
    }
    return {
      instruction: eip,
      trust: 'scan',
      cpu: 'x86',
      registers,
      module: undefined,
      symbol: null,
    };
  }
  return undefined;
}

/** Tries CFI, then the frame pointer, then scanning; applies the end-of-stack checks. */
export async function unwindX86Caller(
  frames: CalleeFrames,
  walk: WalkContext,
): Promise<StackFrame | undefined> {
  const caller =
    (await callerByCfi(frames, walk, CFI)) ??
    callerByFramePointer(frames, walk) ??
    (await callerByScan(frames, walk));
  if (caller === undefined) return undefined;
  const eip = caller.registers.get('eip')!;
  const esp = caller.registers.get('esp')!;
  if (eip < 0x1000n) return undefined;
  if (esp <= frames.callee.registers.get('esp')!) return undefined;
  caller.instruction = eip - 1n;
  return caller;
}
