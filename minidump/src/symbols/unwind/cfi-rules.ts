import { canonicalRegisterName, registerSetOf } from './register-names.js';
import { parseRustInteger } from './rust-integer.js';
import type { CalleeContext, CallerRegisters, CfiRules, ReadMemory } from './unwind-rules.js';

const U64 = (value: bigint): bigint => BigInt.asUintN(64, value);

/** `REG: EXPR` pairs of the rows in effect, later rows replacing earlier rules. */
interface ParsedRules {
  readonly cfa: readonly string[];
  readonly ra: readonly string[];
  readonly others: ReadonlyMap<string, readonly string[]>;
}

/** STACK CFI rows in effect at one address, evaluated the way rust-minidump does. */
export class StackCfiRules implements CfiRules {
  readonly kind = 'stack-cfi';

  constructor(
    readonly initAddress: bigint,
    readonly rowAddress: bigint,
    readonly ruleTexts: readonly string[],
  ) {}

  /** See {@link CfiRules.evaluateCallerRegisters}. */
  evaluateCallerRegisters(callee: CalleeContext, readMemory: ReadMemory): CallerRegisters | null {
    const rules = parseRuleTexts(this.ruleTexts);
    if (rules === null) return null;
    const registers = registerSetOf(callee.architecture);
    const maxValue = registers.width === 4 ? 0xffff_ffffn : 0xffff_ffff_ffff_ffffn;
    const cfa = evaluateExpression(rules.cfa, callee, readMemory, null);
    if (cfa === null) return null;
    const ra = evaluateExpression(rules.ra, callee, readMemory, cfa);
    if (ra === null || cfa > maxValue || ra > maxValue) return null;

    const caller: CallerRegisters = new Map();
    for (const name of callee.forwardedRegisters ?? []) {
      const canonical = canonicalRegisterName(callee.architecture, name);
      const value = canonical === null ? undefined : callee.registers.get(canonical);
      if (canonical !== null && value !== undefined) caller.set(canonical, value);
    }
    caller.set(registers.stackPointer, cfa);
    caller.set(registers.instructionPointer, ra);
    for (const [name, expression] of rules.others) {
      const value = evaluateExpression(expression, callee, readMemory, cfa);
      const canonical = canonicalRegisterName(callee.architecture, name);
      if (value === null) {
        // The reference clears the register by the name as written, so a failing rule for an
        // alias (`x29:`) leaves a forwarded `fp` in place.
        caller.delete(name);
      } else if (canonical !== null && value <= maxValue) {
        caller.set(canonical, value);
      }
    }
    return caller;
  }
}

/** Splits rule texts into `REG: EXPR` pairs; null when a text is malformed. */
function parseRuleTexts(texts: readonly string[]): ParsedRules | null {
  let cfa: readonly string[] | null = null;
  let ra: readonly string[] | null = null;
  const others = new Map<string, readonly string[]>();
  for (const text of texts) {
    let register: string | null = null;
    let expression: string[] = [];
    const commit = (): boolean => {
      if (register === null || expression.length === 0) return false;
      if (register === '.cfa') cfa = expression;
      else if (register === '.ra') ra = expression;
      else others.set(register.slice(1), expression);
      return true;
    };
    for (const token of splitAsciiWhitespace(text)) {
      if (token.endsWith(':')) {
        if (register !== null && !commit()) return null;
        const name = token.slice(0, -1);
        // Specials keep their dot; other registers get a one-character tag so that a
        // register literally named ".cfa" cannot collide with the CFA.
        register =
          name === '.cfa' || name === '.ra'
            ? name
            : `$${name.startsWith('$') ? name.slice(1) : name}`;
        expression = [];
      } else {
        if (register === null) return null;
        expression.push(token);
      }
    }
    if (!commit()) return null;
  }
  if (cfa === null || ra === null) return null;
  return { cfa, ra, others };
}

/** Evaluates one postfix expression; null on any failure. */
function evaluateExpression(
  tokens: readonly string[],
  callee: CalleeContext,
  readMemory: ReadMemory,
  cfa: bigint | null,
): bigint | null {
  const width = registerSetOf(callee.architecture).width;
  const stack: bigint[] = [];
  const calleeRegister = (name: string): bigint | undefined => {
    const canonical = canonicalRegisterName(callee.architecture, name);
    return canonical === null ? undefined : callee.registers.get(canonical);
  };
  for (const token of tokens) {
    if (token.length === 1 && '+-*/%@'.includes(token)) {
      const rhs = stack.pop();
      const lhs = stack.pop();
      if (rhs === undefined || lhs === undefined) return null;
      const result = applyOperator(token, lhs, rhs);
      if (result === null) return null;
      stack.push(result);
    } else if (token === '^') {
      const address = stack.pop();
      if (address === undefined) return null;
      const value = readMemory(address, width);
      if (value === undefined) return null;
      stack.push(value);
    } else if (token === '.cfa') {
      if (cfa === null) return null;
      stack.push(cfa);
    } else if (token === '.undef') {
      return null;
    } else {
      const dollar = token.indexOf('$');
      const constant = dollar >= 0 ? null : parseRustInteger(token, 64);
      const value =
        dollar >= 0
          ? calleeRegister(token.slice(dollar + 1))
          : constant !== null
            ? U64(constant)
            : calleeRegister(token);
      if (value === undefined) return null;
      stack.push(value);
    }
  }
  return stack.length === 1 ? stack[0]! : null;
}

/** One binary operator with u64 wrapping semantics; null for division by zero or a bad alignment. */
function applyOperator(operator: string, lhs: bigint, rhs: bigint): bigint | null {
  switch (operator) {
    case '+':
      return U64(lhs + rhs);
    case '-':
      return U64(lhs - rhs);
    case '*':
      return U64(lhs * rhs);
    case '/':
      return rhs === 0n ? null : lhs / rhs;
    case '%':
      return rhs === 0n ? null : lhs % rhs;
    default:
      if (rhs === 0n || (rhs & (rhs - 1n)) !== 0n) return null;
      return lhs & U64(~(rhs - 1n));
  }
}

/** Rust's `split_ascii_whitespace`: space, tab, LF, FF and CR separate tokens. */
export function splitAsciiWhitespace(text: string): string[] {
  return text.split(/[ \t\n\f\r]+/).filter((token) => token.length > 0);
}
