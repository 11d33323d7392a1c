import { isPlausibleReturnAddress } from './return-address-check.js';
import { callerByCfi, type CfiArchitecture } from './cfi-unwind.js';
import type { StackFrame } from './stack-frame.js';
import type { CalleeFrames, WalkContext } from './walk-context.js';

/** rdi/rsi are callee-saved on Windows too, but the reference does not forward them. */
const CALLEE_SAVED = ['rbx', 'rbp', 'r12', 'r13', 'r14', 'r15'];

/** STACK CFI from the callee's module. */
const CFI: CfiArchitecture = {
  cpu: 'amd64',
  stackPointer: 'rsp',
  programCounter: 'rip',
  pointerSize: 8,
  calleeSavedRegisters: CALLEE_SAVED,
};

const MAX_U64 = 0xffffffffffffffffn;
const MAX_FRAME_GAP = 128n * 1024n;
/** On Windows the frame pointer may point up to 240 bytes into the frame. */
const WINDOWS_FRAME_POINTER_SLOTS = 16;

/** True for addresses in the hole between the two canonical 48-bit halves. */
export function isNonCanonical(address: bigint): boolean {
  return address > 0x7fffffffffffn && address < 0xffff800000000000n;
}

/**
 * The saved-rbp chain, with coherence checks: rip = *(rbp+8), rbp' = *rbp, rsp = rbp+16. On
 * Windows, candidates rbp + 16·k (k < 16) are tried in turn.
 */
export function callerByFramePointer(
  { callee }: CalleeFrames,
  walk: WalkContext,
): StackFrame | undefined {
  const rbp = callee.registers.get('rbp');
  const rsp = callee.registers.get('rsp');
  if (rbp === undefined || rsp === undefined) return undefined;
  const candidates = walk.os === 'windows' ? WINDOWS_FRAME_POINTER_SLOTS : 1;
  for (let slot = 0; slot < candidates; slot++) {
    const framePointer = rbp + BigInt(slot * 16);
    const caller = frameFromRecord(framePointer, rsp, walk);
    if (caller !== undefined) return caller;
  }
  return undefined;
}

function frameFromRecord(
  rbp: bigint,
  calleeRsp: bigint,
  walk: WalkContext,
): StackFrame | undefined {
  if (rbp >= MAX_U64 - 16n) return undefined;
  const rip = walk.stack.read(rbp + 8n, 8);
  const callerRbp = walk.stack.read(rbp, 8);
  if (rip === undefined || callerRbp === undefined) return undefined;
  const callerRsp = rbp + 16n;
  if (callerRsp <= rbp || callerRbp < callerRsp) return undefined;
  if (!walk.stack.contains(callerRbp, 8)) return undefined;
  if (isNonCanonical(rip)) return undefined;
  if (callerRsp <= calleeRsp || !walk.stack.contains(callerRsp, 8)) return undefined;
  const registers = new Map([
    ['rip', rip],
    ['rsp', callerRsp],
    ['rbp', callerRbp],
  ]);
  return {
    instruction: rip,
    trust: 'frame_pointer',
    cpu: 'amd64',
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
  const rsp = callee.registers.get('rsp');
  if (rsp === undefined) return undefined;
  const calleeRbp = callee.registers.get('rbp');
  const words = callee.trust === 'context' || callee.trust === 'cfi' ? 160 : 40;
  for (let index = 0; index < words; index++) {
    const slot = rsp + BigInt(index * 8);
    if (slot > MAX_U64) return undefined;
    const approximate = walk.stack.readApproximate(slot, 8);
    if (approximate === undefined) return undefined;
    if (!walk.modules.mayContainReturnAddress(approximate)) continue;
    const rip = walk.stack.read(slot, 8)!;
    if (rip === 0n || isNonCanonical(rip) || !(await isPlausibleReturnAddress(rip, walk))) continue;
    const callerRsp = slot + 8n;
    const registers = new Map([
      ['rip', rip],
      ['rsp', callerRsp],
    ]);
    if (calleeRbp !== undefined && index > 0) {
      const rbpSlot = slot - 8n;
      const savedRbp = walk.stack.read(rbpSlot, 8)!;
      if (calleeRbp === rbpSlot && savedRbp > slot && savedRbp - rbpSlot <= MAX_FRAME_GAP) {
        if (walk.stack.contains(savedRbp, 8)) registers.set('rbp', savedRbp);
      } else if (calleeRbp >= callerRsp) {
        registers.set('rbp', calleeRbp);
      }
    }
    return {
      instruction: rip,
      trust: 'scan',
      cpu: 'amd64',
      registers,
      module: undefined,
      symbol: null,
    };
  }
  return undefined;
}

/** Tries CFI, then the frame pointer, then scanning; applies the end-of-stack checks. */
export async function unwindAmd64Caller(
  frames: CalleeFrames,
  walk: WalkContext,
): Promise<StackFrame | undefined> {
  const caller =
    (await callerByCfi(frames, walk, CFI)) ??
    callerByFramePointer(frames, walk) ??
    (await callerByScan(frames, walk));
  if (caller === undefined) return undefined;
  const rip = caller.registers.get('rip')!;
  const rsp = caller.registers.get('rsp')!;
  if (rip < 0x1000n) return undefined;
  if (rsp <= frames.callee.registers.get('rsp')!) return undefined;
  caller.instruction = rip - 1n;
  return caller;
}
