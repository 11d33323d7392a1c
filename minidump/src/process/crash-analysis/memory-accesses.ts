import type { CpuContext } from '../../reader/context/cpu-context.js';
import type { DecodedInstruction, MemoryOperand } from './decode-instruction.js';

/** An access found by the analysis, before guard-page marking. */
export interface RawMemoryAccess {
  readonly address: bigint;
  readonly size: number;
  readonly accessType: 'read' | 'write' | 'readwrite' | undefined;
  /** The base register held zero: a null pointer plus an offset. */
  readonly isLikelyNullPointer: boolean;
}

type Access = 'read' | 'write' | 'readwrite';

/** Access kind per operand index for the instructions the reference knows; others print none. */
const OPERAND_ACCESS: Readonly<Record<string, readonly (Access | undefined)[]>> = {
  add: ['readwrite', 'read'],
  sub: ['readwrite', 'read'],
  call: ['read'],
  jmp: ['read'],
  push: ['read'],
  cmp: ['read', 'read'],
  dec: ['readwrite'],
  inc: ['readwrite'],
  mov: ['write', 'read'],
  movaps: ['write', 'read'],
  movups: ['write', 'read'],
  iret: [],
  iretd: [],
  iretq: [],
  pop: [],
  retf: [],
  ret: [],
};

const STACK_WRITERS = new Set(['call', 'push']);
const STACK_READERS = new Set(['iret', 'iretd', 'iretq', 'pop', 'retf', 'ret']);

/** Thrown when an operand uses a register the context does not have. */
class InvalidRegisterError extends Error {}

/** A register's value from the context; 32/16-bit names are not in an amd64 context and fail. */
export function registerValue(context: CpuContext, name: string): bigint {
  const value = context.registers.get(name);
  if (value === undefined) throw new InvalidRegisterError(name);
  return value;
}

/** base + index × scale + displacement, wrapping at 64 bits. */
export function operandAddress(operand: MemoryOperand, context: CpuContext): bigint {
  let address = operand.base === undefined ? 0n : registerValue(context, operand.base);
  if (operand.index !== undefined)
    address += registerValue(context, operand.index) * BigInt(operand.scale);
  return BigInt.asUintN(64, address + operand.displacement);
}

/**
 * The memory the instruction touches: explicit memory operands (not for `lea`), then the stack
 * slot that call/push write or pop/ret read. Null when an operand's register is unknown.
 */
export function findMemoryAccesses(
  decoded: DecodedInstruction,
  context: CpuContext,
): RawMemoryAccess[] | null {
  try {
    const accesses: RawMemoryAccess[] = [];
    if (decoded.memorySize !== undefined && decoded.mnemonic !== 'lea') {
      const kinds = OPERAND_ACCESS[decoded.mnemonic];
      for (const operand of decoded.memoryOperands) {
        const base = operand.base === undefined ? undefined : registerValue(context, operand.base);
        accesses.push({
          address: operandAddress(operand, context),
          size: decoded.memorySize,
          accessType: kinds?.[operand.operandIndex],
          isLikelyNullPointer: base === 0n,
        });
      }
    }
    const rsp = context.registers.get('rsp');
    if (
      rsp !== undefined &&
      (STACK_WRITERS.has(decoded.mnemonic) || STACK_READERS.has(decoded.mnemonic))
    ) {
      accesses.push({
        address: rsp,
        size: 1,
        accessType: STACK_WRITERS.has(decoded.mnemonic) ? 'write' : 'read',
        isLikelyNullPointer: rsp === 0n,
      });
    }
    return accesses;
  } catch (error) {
    if (error instanceof InvalidRegisterError) return null;
    throw error;
  }
}

/** Base and index registers of the memory operands, sorted by name. */
export function addressingRegisters(decoded: DecodedInstruction): string[] {
  const names = new Set<string>();
  for (const operand of decoded.memoryOperands) {
    if (operand.base !== undefined) names.add(operand.base);
    if (operand.index !== undefined) names.add(operand.index);
  }
  return [...names].sort();
}
