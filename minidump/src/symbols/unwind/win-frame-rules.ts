import { splitAsciiWhitespace } from './cfi-rules.js';
import { registerSetOf } from './register-names.js';
import { parseRustInteger } from './rust-integer.js';
import type { CalleeContext, CallerRegisters, ReadMemory, WinFrameRules } from './unwind-rules.js';

/** Registers a STACK WIN program defines for the caller, in the reference's order. */
const OUTPUT_REGISTERS = ['$eip', '$esp', '$ebp', '$ebx', '$esi', '$edi'] as const;

/** The fields of one STACK WIN record. */
export interface WinFrameFields {
  readonly kind: 'stack-win-framedata' | 'stack-win-fpo';
  readonly address: bigint;
  readonly codeSize: number;
  readonly prologueSize: number;
  readonly epilogueSize: number;
  readonly parameterSize: number;
  readonly savedRegisterSize: number;
  readonly localSize: number;
  readonly maxStackSize: number;
  readonly programString: string | null;
  readonly allocatesBasePointer: boolean;
}

/** A value on the STACK WIN evaluation stack. */
type WinValue = { readonly variable: string } | { readonly integer: number } | 'undef';

/** A STACK WIN record evaluated the way rust-minidump does (no Breakpad scanning heuristics). */
export class StackWinRules implements WinFrameRules {
  readonly kind;
  readonly address;
  readonly codeSize;
  readonly prologueSize;
  readonly epilogueSize;
  readonly parameterSize;
  readonly savedRegisterSize;
  readonly localSize;
  readonly maxStackSize;
  readonly programString;
  readonly allocatesBasePointer;

  constructor(fields: WinFrameFields) {
    this.kind = fields.kind;
    this.address = fields.address;
    this.codeSize = fields.codeSize;
    this.prologueSize = fields.prologueSize;
    this.epilogueSize = fields.epilogueSize;
    this.parameterSize = fields.parameterSize;
    this.savedRegisterSize = fields.savedRegisterSize;
    this.localSize = fields.localSize;
    this.maxStackSize = fields.maxStackSize;
    this.programString = fields.programString;
    this.allocatesBasePointer = fields.allocatesBasePointer;
  }

  /** See {@link WinFrameRules.evaluateCallerRegisters}. */
  evaluateCallerRegisters(callee: CalleeContext, readMemory: ReadMemory): CallerRegisters | null {
    const caller: CallerRegisters = new Map();
    for (const name of callee.forwardedRegisters ?? []) {
      const value = callee.registers.get(name);
      if (value !== undefined) caller.set(name, value);
    }
    return this.kind === 'stack-win-framedata'
      ? this.evaluateProgram(callee, readMemory, caller)
      : this.evaluateFpo(callee, readMemory, caller);
  }

  /** `local + saved registers + grand-callee parameters`, wrapping like the reference's u32. */
  private frameSize(callee: CalleeContext): number {
    return (this.localSize + this.savedRegisterSize + (callee.grandCalleeParameterSize ?? 0)) >>> 0;
  }

  private evaluateProgram(
    callee: CalleeContext,
    readMemory: ReadMemory,
    caller: CallerRegisters,
  ): CallerRegisters | null {
    const program = this.programString ?? '';
    const esp = callee.registers.get('esp');
    const ebp = callee.registers.get('ebp');
    if (esp === undefined || ebp === undefined) return null;
    const variables = new Map<string, number>([
      ['$esp', Number(esp & 0xffff_ffffn)],
      ['$ebp', Number(ebp & 0xffff_ffffn)],
    ]);
    const ebx = callee.registers.get('ebx');
    if (ebx !== undefined) variables.set('$ebx', Number(ebx & 0xffff_ffffn));
    // An aligned frame (`@`) cannot be found from $esp; the reference then assumes the standard
    // prologue, where $ebp points just below the return address.
    const searchStart = program.includes('@')
      ? variables.get('$ebp')! + 4
      : variables.get('$esp')! + this.frameSize(callee);
    if (searchStart > 0xffff_ffff) return null;
    variables.set('.cbParams', this.parameterSize);
    variables.set('.cbCalleeParams', callee.grandCalleeParameterSize ?? 0);
    variables.set('.cbSavedRegs', this.savedRegisterSize);
    variables.set('.cbLocals', this.localSize);
    variables.set('.raSearch', searchStart);
    variables.set('.raSearchStart', searchStart);

    const stack: WinValue[] = [];
    const toInteger = (value: WinValue | undefined): number | null => {
      if (value === undefined || value === 'undef') return null;
      if ('integer' in value) return value.integer;
      return variables.get(value.variable) ?? null;
    };
    for (const token of tokenizeProgram(program)) {
      if (token === '=') {
        const value = stack.pop();
        const target = stack.pop();
        if (value === undefined || target === undefined || target === 'undef') return null;
        if (!('variable' in target)) return null;
        if (value === 'undef') {
          variables.delete(target.variable);
        } else {
          const integer = toInteger(value);
          if (integer === null) return null;
          variables.set(target.variable, integer);
        }
      } else if (token.length === 1 && '+-*/%@'.includes(token)) {
        const rhs = toInteger(stack.pop());
        const lhs = toInteger(stack.pop());
        if (rhs === null || lhs === null) return null;
        const result = applyOperator32(token, lhs, rhs);
        if (result === null) return null;
        stack.push({ integer: result });
      } else if (token === '^') {
        const address = toInteger(stack.pop());
        if (address === null) return null;
        const value = readMemory(BigInt(address), 4);
        if (value === undefined) return null;
        stack.push({ integer: Number(value & 0xffff_ffffn) });
      } else if (token === '.undef') {
        stack.push('undef');
      } else if (token.startsWith('$') || token.startsWith('.')) {
        stack.push({ variable: token });
      } else {
        const constant = parseRustInteger(token, 32);
        if (constant === null) return null;
        stack.push({ integer: Number(BigInt.asUintN(32, constant)) });
      }
    }
    for (const register of OUTPUT_REGISTERS) {
      const value = variables.get(register);
      if (value !== undefined) caller.set(register.slice(1), BigInt(value));
    }
    return caller;
  }

  private evaluateFpo(
    callee: CalleeContext,
    readMemory: ReadMemory,
    caller: CallerRegisters,
  ): CallerRegisters | null {
    const width = registerSetOf(callee.architecture).width;
    const grandCalleeParameterSize = BigInt(callee.grandCalleeParameterSize ?? 0);
    const esp = callee.registers.get('esp');
    if (esp === undefined) return null;
    let eipAddress = BigInt.asUintN(64, esp + BigInt(this.frameSize(callee)));
    let eip = readMemory(eipAddress, width);
    if (eip === undefined) return null;
    // Folklore from Breakpad: a frame-pointer-optimized system call can leave its return
    // address on the stack, so for the context frame a "caller" equal to the callee's own eip
    // is skipped.
    if (!(callee.hasGrandCallee ?? false)) {
      const calleeEip = callee.registers.get('eip');
      if (calleeEip === undefined) return null;
      if (eip === calleeEip) {
        eipAddress = BigInt.asUintN(64, eipAddress + 4n);
        eip = readMemory(eipAddress, width);
        if (eip === undefined) return null;
      }
    }
    const callerEsp = BigInt.asUintN(64, eipAddress + 4n);
    let ebp: bigint | undefined;
    if (this.allocatesBasePointer) {
      const ebpAddress = BigInt.asUintN(
        64,
        esp + grandCalleeParameterSize + BigInt(this.savedRegisterSize) - 8n,
      );
      ebp = readMemory(ebpAddress, width);
    } else {
      const ebx = callee.registers.get('ebx');
      if (ebx !== undefined) caller.set('ebx', ebx);
      ebp = callee.registers.get('ebp');
    }
    const maxValue = width === 4 ? 0xffff_ffffn : 0xffff_ffff_ffff_ffffn;
    if (ebp === undefined || callerEsp > maxValue) return null;
    caller.set('eip', eip);
    caller.set('esp', callerEsp);
    caller.set('ebp', ebp);
    return caller;
  }
}

/** Splits a program string; a token like `=$eip` (some toolchains omit the space) becomes `=`, `$eip`. */
function tokenizeProgram(program: string): string[] {
  const tokens: string[] = [];
  for (const token of splitAsciiWhitespace(program)) {
    if (token.length > 1 && token.startsWith('=')) tokens.push('=', token.slice(1));
    else tokens.push(token);
  }
  return tokens;
}

/** One binary operator with u32 wrapping semantics; null for division by zero or a bad alignment. */
function applyOperator32(operator: string, lhs: number, rhs: number): number | null {
  switch (operator) {
    case '+':
      return (lhs + rhs) >>> 0;
    case '-':
      return (lhs - rhs) >>> 0;
    case '*':
      return Math.imul(lhs, rhs) >>> 0;
    case '/':
      return rhs === 0 ? null : Math.floor(lhs / rhs);
    case '%':
      return rhs === 0 ? null : lhs % rhs;
    default:
      if (rhs === 0 || (rhs & (rhs - 1)) !== 0) return null;
      return (lhs & ~(rhs - 1)) >>> 0;
  }
}
