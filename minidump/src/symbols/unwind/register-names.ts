import type { CpuArchitecture } from './unwind-rules.js';

interface RegisterSet {
  /** Canonical names, in context order. */
  readonly names: ReadonlySet<string>;
  /** Alternative spellings accepted in rules (`x29` for `fp`…). */
  readonly aliases: ReadonlyMap<string, string>;
  readonly stackPointer: string;
  readonly instructionPointer: string;
  /** Register width in bytes: also the size of a `^` memory read. */
  readonly width: 4 | 8;
}

const numbered = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);

/** Register names per CPU, as rust-minidump's contexts define them. */
const REGISTER_SETS: Record<CpuArchitecture, RegisterSet> = {
  x86: {
    names: new Set(['eip', 'esp', 'ebp', 'ebx', 'esi', 'edi', 'eax', 'ecx', 'edx', 'eflags']),
    aliases: new Map(),
    stackPointer: 'esp',
    instructionPointer: 'eip',
    width: 4,
  },
  amd64: {
    names: new Set([
      ...['rax', 'rdx', 'rcx', 'rbx', 'rsi', 'rdi', 'rbp', 'rsp'],
      ...numbered('r', 16).slice(8),
      'rip',
    ]),
    aliases: new Map(),
    stackPointer: 'rsp',
    instructionPointer: 'rip',
    width: 8,
  },
  arm: {
    names: new Set([...numbered('r', 11), 'r12', 'fp', 'sp', 'lr', 'pc']),
    aliases: new Map([
      ['r11', 'fp'],
      ['r13', 'sp'],
      ['r14', 'lr'],
      ['r15', 'pc'],
    ]),
    stackPointer: 'sp',
    instructionPointer: 'pc',
    width: 4,
  },
  arm64: {
    names: new Set([...numbered('x', 29), 'fp', 'lr', 'sp', 'pc']),
    aliases: new Map([
      ['x29', 'fp'],
      ['x30', 'lr'],
    ]),
    stackPointer: 'sp',
    instructionPointer: 'pc',
    width: 8,
  },
};

/** The register set of a CPU. */
export function registerSetOf(architecture: CpuArchitecture): RegisterSet {
  return REGISTER_SETS[architecture];
}

/** The canonical name of `name` on `architecture` (resolving aliases), or null when unknown. */
export function canonicalRegisterName(architecture: CpuArchitecture, name: string): string | null {
  const set = REGISTER_SETS[architecture];
  if (set.names.has(name)) return name;
  return set.aliases.get(name) ?? null;
}
