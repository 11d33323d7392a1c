/** The CPU families whose CONTEXT records the reader parses and the walker unwinds. */
export type ContextCpu = 'x86' | 'amd64' | 'arm' | 'arm64';

/**
 * A thread's general-purpose registers by canonical name. Every register read from a dump is
 * valid (the reference ignores the CONTEXT sub-flags); unwound frames carry only what their
 * strategy recovered.
 */
export interface CpuContext {
  readonly cpu: ContextCpu;
  readonly registers: ReadonlyMap<string, bigint>;
}

/** General-purpose registers per CPU in the reference's order (JSON prints them sorted). */
export const GENERAL_REGISTERS: Readonly<Record<ContextCpu, readonly string[]>> = {
  x86: ['eip', 'esp', 'ebp', 'ebx', 'esi', 'edi', 'eax', 'ecx', 'edx', 'eflags'],
  amd64: [
    'rax',
    'rdx',
    'rcx',
    'rbx',
    'rsi',
    'rdi',
    'rbp',
    'rsp',
    'r8',
    'r9',
    'r10',
    'r11',
    'r12',
    'r13',
    'r14',
    'r15',
    'rip',
  ],
  arm: [
    'r0',
    'r1',
    'r2',
    'r3',
    'r4',
    'r5',
    'r6',
    'r7',
    'r8',
    'r9',
    'r10',
    'r12',
    'fp',
    'sp',
    'lr',
    'pc',
  ],
  arm64: [
    'x0',
    'x1',
    'x2',
    'x3',
    'x4',
    'x5',
    'x6',
    'x7',
    'x8',
    'x9',
    'x10',
    'x11',
    'x12',
    'x13',
    'x14',
    'x15',
    'x16',
    'x17',
    'x18',
    'x19',
    'x20',
    'x21',
    'x22',
    'x23',
    'x24',
    'x25',
    'x26',
    'x27',
    'x28',
    'fp',
    'lr',
    'sp',
    'pc',
  ],
};

/** Names of the instruction pointer and stack pointer registers per CPU. */
export const POINTER_REGISTERS: Readonly<
  Record<ContextCpu, { readonly pc: string; readonly sp: string }>
> = {
  x86: { pc: 'eip', sp: 'esp' },
  amd64: { pc: 'rip', sp: 'rsp' },
  arm: { pc: 'pc', sp: 'sp' },
  arm64: { pc: 'pc', sp: 'sp' },
};
