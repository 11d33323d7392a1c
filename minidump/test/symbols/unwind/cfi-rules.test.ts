import { describe, expect, it } from 'vitest';
import { StackCfiRules } from '../../../src/symbols/unwind/cfi-rules.js';
import type { CalleeContext, CpuArchitecture } from '../../../src/symbols/unwind/unwind-rules.js';
import { stackMemory } from './stack-memory.js';

const STACK = 0x7000n;
const memory64 = stackMemory(STACK, [0x1111n, 0x2222n, 0x3333n, 0x4444n], 8);
const memory32 = stackMemory(STACK, [0x1111n, 0x2222n, 0x3333n, 0x4444n], 4);

function evaluate(
  texts: string[],
  registers: Record<string, bigint>,
  options: { architecture?: CpuArchitecture; forwarded?: string[] } = {},
): Record<string, string> | null {
  const architecture = options.architecture ?? 'amd64';
  const callee: CalleeContext = {
    architecture,
    registers: new Map(Object.entries(registers)),
    forwardedRegisters: options.forwarded ?? [],
  };
  const memory = architecture === 'x86' || architecture === 'arm' ? memory32 : memory64;
  const result = new StackCfiRules(0n, 0n, texts).evaluateCallerRegisters(callee, memory);
  return result === null
    ? null
    : Object.fromEntries([...result].map(([name, value]) => [name, value.toString(16)]));
}

describe('STACK CFI evaluation', () => {
  it('sets the caller stack pointer from .cfa and its pc from .ra', () => {
    expect(evaluate(['.cfa: $rsp 8 + .ra: .cfa -8 + ^'], { rsp: STACK })).toEqual({
      rsp: '7008',
      rip: '1111',
    });
  });

  it('lets a later row replace earlier rules register by register', () => {
    const texts = ['.cfa: $rsp 8 + .ra: .cfa -8 + ^', '.cfa: $rsp 16 + $rbx: .cfa -16 + ^'];
    expect(evaluate(texts, { rsp: STACK })).toEqual({ rsp: '7010', rip: '2222', rbx: '1111' });
  });

  it('fails without .cfa or .ra, or when .cfa refers to itself', () => {
    expect(evaluate(['.cfa: $rsp 8 +'], { rsp: STACK })).toBeNull();
    expect(evaluate(['.ra: $rsp ^'], { rsp: STACK })).toBeNull();
    expect(evaluate(['.cfa: .cfa 8 + .ra: $rsp ^'], { rsp: STACK })).toBeNull();
  });

  it('fails on malformed rule text', () => {
    expect(evaluate(['$rsp 8 + .cfa: $rsp .ra: $rsp ^'], { rsp: STACK })).toBeNull();
    expect(evaluate(['.cfa: .ra: $rsp ^'], { rsp: STACK })).toBeNull();
    expect(evaluate([''], { rsp: STACK })).toBeNull();
    expect(evaluate(['.cfa: $rsp 8 + 8 .ra: $rsp ^'], { rsp: STACK })).toBeNull();
  });

  it('fails when a register the expression needs is unknown or invalid', () => {
    expect(evaluate(['.cfa: $rbp 16 + .ra: .cfa -8 + ^'], { rsp: STACK })).toBeNull();
    expect(evaluate(['.cfa: $xyz .ra: $rsp'], { rsp: STACK, xyz: 1n })).toBeNull();
  });

  it('fails when memory is unreadable', () => {
    expect(evaluate(['.cfa: $rsp 8 + .ra: .cfa 100 + ^'], { rsp: STACK })).toBeNull();
  });

  it('forwards callee-saved registers and removes one whose rule fails', () => {
    const result = evaluate(
      ['.cfa: $rsp 8 + .ra: .cfa -8 + ^ $rbx: .undef $r12: .cfa 1000 + ^'],
      { rsp: STACK, rbx: 5n, r12: 6n, r13: 7n },
      {
        forwarded: ['rbx', 'r12', 'r13'],
      },
    );
    expect(result).toEqual({ rsp: '7008', rip: '1111', r13: '7' });
  });

  it('leaves a forwarded register alone when a failing rule names it by an alias', () => {
    const result = evaluate(
      ['.cfa: sp 16 + .ra: lr x29: .undef'],
      { sp: STACK, lr: 0x5000n, fp: 0x9n },
      {
        architecture: 'arm64',
        forwarded: ['fp'],
      },
    );
    expect(result).toEqual({ fp: '9', sp: '7010', pc: '5000' });
  });

  it('accepts bare ARM register names and their aliases', () => {
    const result = evaluate(
      ['.cfa: sp 8 + .ra: .cfa -4 + ^ r11: .cfa -8 + ^ r4: r14'],
      { sp: STACK, lr: 0x77n },
      { architecture: 'arm' },
    );
    expect(result).toEqual({ sp: '7008', pc: '2222', fp: '1111', r4: '77' });
  });

  it('reads the register after the first $ of a token', () => {
    expect(evaluate(['.cfa: junk$rsp .ra: $rsp ^'], { rsp: STACK })).toEqual({
      rsp: '7000',
      rip: '1111',
    });
  });

  it('reads 4-byte words on 32-bit CPUs and fails when the CFA does not fit', () => {
    expect(
      evaluate(['.cfa: $esp 4 + .ra: .cfa -4 + ^'], { esp: STACK }, { architecture: 'x86' }),
    ).toEqual({ esp: '7004', eip: '1111' });
    expect(
      evaluate(['.cfa: $esp -8 - .ra: $esp ^'], { esp: 0xfffffffcn }, { architecture: 'x86' }),
    ).toBeNull();
  });

  it('ignores a rule result that does not fit the register width', () => {
    expect(
      evaluate(
        ['.cfa: $esp .ra: $esp ^ $ebx: $esp 4294967296 +'],
        { esp: STACK, ebx: 3n },
        { architecture: 'x86', forwarded: ['ebx'] },
      ),
    ).toEqual({
      ebx: '3',
      esp: '7000',
      eip: '1111',
    });
  });

  it.each([
    ['7 3 +', 'a'],
    ['7 9 -', 'fffffffffffffffe'],
    ['ffff', null],
    ['-1 -1 *', '1'],
    ['17 5 /', '3'],
    ['17 5 %', '2'],
    ['-1 2 /', '7fffffffffffffff'],
    ['1 0 /', null],
    ['1 0 %', null],
    ['29 8 @', '18'],
    ['29 6 @', null],
    ['29 0 @', null],
    ['+5', '5'],
    ['9223372036854775808', null],
    ['-9223372036854775808', '8000000000000000'],
    ['1 2', null],
    ['+', null],
  ])('evaluates %s with u64 wrapping arithmetic', (expression, expected) => {
    const result = evaluate([`.cfa: ${expression} .ra: 0`], {});
    expect(result?.rsp ?? null).toBe(expected);
  });

  it('keeps .cfa and .ra rules apart from registers literally named like them', () => {
    expect(evaluate(['.cfa: $rsp .ra: $rsp ^ $.cfa: 5'], { rsp: STACK })).toEqual({
      rsp: '7000',
      rip: '1111',
    });
  });
});
