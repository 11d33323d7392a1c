import type { CpuContext } from '../../reader/context/cpu-context.js';
import type { Os } from '../../format/platform.js';
import type { MemoryRegion } from '../../reader/streams/memory-descriptor.js';
import type { MemoryProtection } from '../memory-protection.js';
import type { MemoryRegions } from '../memory-regions.js';
import { findBitFlips, type BitRange, type MemoryOperation } from './bit-flips.js';
import type { AdjustedAddress, CrashAnalysis, PossibleBitFlip } from './crash-analysis.js';
import { decodeInstruction, type DecodedInstruction } from './decode-instruction.js';
import { isLikelyGuardPage } from './guard-pages.js';
import {
  addressingRegisters,
  findMemoryAccesses,
  operandAddress,
  type RawMemoryAccess,
} from './memory-accesses.js';

/** What the amd64 crash analysis looks at. */
export interface CrashAnalysisInput {
  readonly os: Os;
  readonly reason: string;
  readonly address: bigint;
  /** The crashing thread's exception context (undefined when it is missing or unreadable). */
  readonly context: CpuContext | undefined;
  readonly memory: MemoryRegions;
  /** The crashing thread's own stack region (for the return address of `ret`). */
  readonly stack: MemoryRegion | undefined;
  readonly protection: MemoryProtection;
}

/** The non-canonical hole of 48-bit amd64 addressing. */
function inNonCanonicalRange(address: bigint): boolean {
  return address >= 0x0000800000000000n && address <= 0xffff7fffffffffffn;
}

/** How each OS reports a general-protection fault caused by a non-canonical address. */
function isNonCanonicalReport(os: Os, reason: string, address: bigint): boolean {
  if (os === 'windows')
    return reason === 'EXCEPTION_ACCESS_VIOLATION_READ' && address === 0xffffffffffffffffn;
  if (os === 'macos') return reason === 'EXC_BAD_ACCESS / EXC_I386_GPFLT' && address === 0n;
  if (os === 'linux')
    return (reason === 'SIGSEGV / SI_KERNEL' || reason === 'SIGBUS / SI_KERNEL') && address === 0n;
  return false;
}

function memoryOperationOf(reason: string): MemoryOperation {
  switch (reason) {
    case 'EXCEPTION_ACCESS_VIOLATION_READ':
      return 'read';
    case 'EXCEPTION_ACCESS_VIOLATION_WRITE':
      return 'write';
    case 'EXCEPTION_ACCESS_VIOLATION_EXEC':
      return 'execute';
    default:
      return 'unknown';
  }
}

function adjustedAddressOf(
  input: CrashAnalysisInput,
  accesses: RawMemoryAccess[] | null,
): AdjustedAddress | null {
  const nullAccess = accesses?.find((access) => access.isLikelyNullPointer);
  if (nullAccess !== undefined) return { kind: 'null-pointer', offset: nullAccess.address };
  if (accesses === null || !isNonCanonicalReport(input.os, input.reason, input.address))
    return null;
  const culprit = accesses.find((access) => inNonCanonicalRange(access.address));
  return culprit === undefined ? null : { kind: 'non-canonical', address: culprit.address };
}

function instructionPointerUpdateOf(
  decoded: DecodedInstruction,
  input: CrashAnalysisInput,
): bigint | undefined {
  const context = input.context!;
  if (decoded.mnemonic === 'call' || decoded.mnemonic === 'jmp') {
    if (decoded.operandCount !== 1) return undefined;
    if (decoded.firstRegisterOperand !== undefined)
      return context.registers.get(decoded.firstRegisterOperand);
    const operand = decoded.memoryOperands[0];
    if (operand === undefined) return undefined;
    try {
      return input.memory.read(operandAddress(operand, context), 8);
    } catch {
      return undefined;
    }
  }
  if (['ret', 'retf', 'iret', 'iretd', 'iretq'].includes(decoded.mnemonic)) {
    const rsp = context.registers.get('rsp');
    const stack = input.stack;
    if (rsp === undefined || stack === undefined) return undefined;
    const offset = rsp - stack.baseAddress;
    if (rsp < stack.baseAddress || !stack.bytes.contains(Number(offset), 8)) return undefined;
    return stack.bytes.u64(Number(offset));
  }
  return undefined;
}

/**
 * Decodes the crashing amd64 instruction (when its bytes were captured) and derives the memory
 * it accessed, a corrected crash address, likely guard pages and possible bit flips.
 */
export function analyzeCrash(input: CrashAnalysisInput): CrashAnalysis {
  const context = input.context;
  const rip = context?.registers.get('rip');
  const bytes = rip === undefined ? undefined : input.memory.bytesAt(rip, 15);
  const decoded =
    bytes === undefined || bytes.length === 0 ? undefined : decodeInstruction(bytes, rip!);
  const accesses =
    decoded === undefined || context === undefined ? null : findMemoryAccesses(decoded, context);
  const adjustedAddress = decoded === undefined ? null : adjustedAddressOf(input, accesses);
  const ripUpdate = decoded === undefined ? undefined : instructionPointerUpdateOf(decoded, input);

  const possibleBitFlips: PossibleBitFlip[] = [];
  if (adjustedAddress?.kind !== 'null-pointer') {
    const [address, range]: [bigint, BitRange] =
      adjustedAddress?.kind === 'non-canonical'
        ? [adjustedAddress.address, 'amd64-non-canonical']
        : [input.address, 'amd64-canonical'];
    const operation = memoryOperationOf(input.reason);
    possibleBitFlips.push(
      ...findBitFlips(address, null, range, context, input.protection, operation),
    );
    if (context !== undefined && decoded !== undefined) {
      for (const name of addressingRegisters(decoded)) {
        const value = context.registers.get(name);
        if (value !== undefined) {
          possibleBitFlips.push(
            ...findBitFlips(value, name, range, context, input.protection, operation),
          );
        }
      }
    }
  }
  return {
    instruction: decoded?.text ?? null,
    memoryAccesses:
      accesses === null
        ? null
        : accesses.map((access) => ({
            address: access.address,
            size: access.size,
            accessType: access.accessType,
            isLikelyGuardPage: isLikelyGuardPage(access.address, input.protection),
          })),
    instructionPointerUpdate:
      ripUpdate === undefined ? null : { address: ripUpdate, isLikelyGuardPage: false },
    adjustedAddress,
    possibleBitFlips,
    crashInconsistencies: [],
  };
}
