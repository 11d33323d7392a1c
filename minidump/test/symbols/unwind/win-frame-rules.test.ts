import { describe, expect, it } from 'vitest';
import type { CalleeContext } from '../../../src/symbols/unwind/unwind-rules.js';
import { StackWinRules, type WinFrameFields } from '../../../src/symbols/unwind/win-frame-rules.js';
import { stackMemory } from './stack-memory.js';

const FINAL_EBP = 0xfa1ef2e6n;
const FINAL_EIP = 0xb3ef04cen;

function rules(overrides: Partial<WinFrameFields>): StackWinRules {
  return new StackWinRules({
    kind: 'stack-win-framedata',
    address: 0n,
    codeSize: 16,
    prologueSize: 4,
    epilogueSize: 8,
    parameterSize: 16,
    savedRegisterSize: 12,
    localSize: 24,
    maxStackSize: 64,
    programString: null,
    allocatesBasePointer: false,
    ...overrides,
  });
}

function callee(
  registers: Record<string, bigint>,
  extra: Partial<CalleeContext> = {},
): CalleeContext {
  return { architecture: 'x86', registers: new Map(Object.entries(registers)), ...extra };
}

const hex = (result: Map<string, bigint> | null): Record<string, string> | null =>
  result === null
    ? null
    : Object.fromEntries([...result].map(([name, value]) => [name, value.toString(16)]));

describe('STACK WIN FrameData programs', () => {
  it('evaluates the standard-prologue program', () => {
    const words = Array.from({ length: 8 }, () => 0n);
    words[4] = FINAL_EBP;
    words[5] = FINAL_EIP;
    const memory = stackMemory(0n, words, 4);
    const program = rules({
      programString: '$T0 $ebp = $eip $T0 4 + ^ = $ebp $T0 ^ = $esp $T0 8 + =',
    });
    expect(hex(program.evaluateCallerRegisters(callee({ ebp: 16n, esp: 1600n }), memory))).toEqual({
      eip: FINAL_EIP.toString(16),
      esp: '18',
      ebp: FINAL_EBP.toString(16),
    });
  });

  it('sets .raSearch to esp plus locals, saved registers and the grand-callee parameters', () => {
    const program = rules({
      programString: '$eip .raSearch = $esi .cbParams = $edi .cbCalleeParams =',
    });
    const result = program.evaluateCallerRegisters(
      callee({ esp: 0x1000n, ebp: 0n }, { grandCalleeParameterSize: 8 }),
      stackMemory(0n, [], 4),
    );
    expect(hex(result)).toEqual({ eip: '102c', esp: '1000', ebp: '0', esi: '10', edi: '8' });
  });

  it('sets .raSearch to ebp + 4 when the program aligns the frame with @', () => {
    const program = rules({ programString: '$eip .raSearchStart = $esp $esp 8 @ =' });
    expect(
      hex(
        program.evaluateCallerRegisters(
          callee({ esp: 0x1007n, ebp: 0x2000n }),
          stackMemory(0n, [], 4),
        ),
      ),
    ).toEqual({
      eip: '2004',
      esp: '1000',
      ebp: '2000',
    });
  });

  it('splits an assignment glued to its target (=$eip)', () => {
    const program = rules({ programString: '$eip 5 =$esp 6 =' });
    expect(
      hex(program.evaluateCallerRegisters(callee({ esp: 1n, ebp: 2n }), stackMemory(0n, [], 4))),
    ).toEqual({
      eip: '5',
      esp: '6',
      ebp: '2',
    });
  });

  it('removes a variable assigned .undef and forwards ebx when the callee has it', () => {
    const program = rules({ programString: '$ebp .undef =' });
    expect(
      hex(
        program.evaluateCallerRegisters(
          callee({ esp: 1n, ebp: 2n, ebx: 3n }),
          stackMemory(0n, [], 4),
        ),
      ),
    ).toEqual({
      esp: '1',
      ebx: '3',
    });
  });

  it('fails without esp or ebp in the callee, on unknown tokens, and on undefined variables', () => {
    const memory = stackMemory(0n, [], 4);
    expect(
      rules({ programString: '$eip 1 =' }).evaluateCallerRegisters(callee({ esp: 1n }), memory),
    ).toBeNull();
    expect(
      rules({ programString: '$eip foo =' }).evaluateCallerRegisters(
        callee({ esp: 1n, ebp: 1n }),
        memory,
      ),
    ).toBeNull();
    expect(
      rules({ programString: '$eip $T9 =' }).evaluateCallerRegisters(
        callee({ esp: 1n, ebp: 1n }),
        memory,
      ),
    ).toBeNull();
    expect(
      rules({ programString: '5 1 =' }).evaluateCallerRegisters(
        callee({ esp: 1n, ebp: 1n }),
        memory,
      ),
    ).toBeNull();
    expect(
      rules({ programString: '$eip 4294967295 =' }).evaluateCallerRegisters(
        callee({ esp: 1n, ebp: 1n }),
        memory,
      ),
    ).toBeNull();
    expect(
      rules({ programString: '$eip $esp 100 + ^ =' }).evaluateCallerRegisters(
        callee({ esp: 1n, ebp: 1n }),
        memory,
      ),
    ).toBeNull();
  });

  it.each([
    ['-1 2 +', '1'],
    ['0 1 -', 'ffffffff'],
    ['65536 65536 *', '0'],
    ['-7 2 /', '7ffffffc'],
    ['7 0 /', null],
    ['23 8 @', '10'],
    ['23 3 @', null],
  ])('evaluates %s with u32 wrapping arithmetic', (expression, expected) => {
    const program = rules({ programString: `$eax ${expression} = $eip $eax =` });
    const result = program.evaluateCallerRegisters(
      callee({ esp: 1n, ebp: 1n }),
      stackMemory(0n, [], 4),
    );
    expect(result?.get('eip')?.toString(16) ?? null).toBe(expected);
  });
});

describe('STACK WIN FPO records', () => {
  const fpo = (allocatesBasePointer: boolean): StackWinRules =>
    rules({ kind: 'stack-win-fpo', localSize: 8, savedRegisterSize: 4, allocatesBasePointer });

  it('reads eip above locals and saved registers and keeps ebp and ebx when no base pointer is allocated', () => {
    const memory = stackMemory(0x100n, [0n, 0n, 0n, 0xabcn], 4);
    const result = fpo(false).evaluateCallerRegisters(
      callee({ esp: 0x100n, ebp: 0x55n, ebx: 0x66n, eip: 1n }, { hasGrandCallee: true }),
      memory,
    );
    expect(hex(result)).toEqual({ ebx: '66', eip: 'abc', esp: '110', ebp: '55' });
  });

  it('reads ebp from the saved-register area when the function allocates a base pointer', () => {
    const memory = stackMemory(0x100n, [0n, 0x77n, 0n, 0n, 0n, 0xabcn], 4);
    const result = fpo(true).evaluateCallerRegisters(
      callee(
        { esp: 0x100n, ebp: 0x55n, eip: 1n },
        { hasGrandCallee: true, grandCalleeParameterSize: 8 },
      ),
      memory,
    );
    expect(hex(result)).toEqual({ eip: 'abc', esp: '118', ebp: '77' });
  });

  it('skips a leftover return address equal to the context frame’s own eip', () => {
    const memory = stackMemory(0x100n, [0n, 0n, 0n, 0x4242n, 0x999n], 4);
    const context = fpo(false).evaluateCallerRegisters(
      callee({ esp: 0x100n, ebp: 0n, eip: 0x4242n }),
      memory,
    );
    expect(hex(context)).toMatchObject({ eip: '999', esp: '114' });
    const deeper = fpo(false).evaluateCallerRegisters(
      callee({ esp: 0x100n, ebp: 0n, eip: 0x4242n }, { hasGrandCallee: true }),
      memory,
    );
    expect(hex(deeper)).toMatchObject({ eip: '4242', esp: '110' });
  });

  it('fails when the return address cannot be read or esp is missing', () => {
    expect(
      fpo(false).evaluateCallerRegisters(
        callee({ esp: 0x100n, ebp: 0n }, { hasGrandCallee: true }),
        stackMemory(0x100n, [1n], 4),
      ),
    ).toBeNull();
    expect(
      fpo(false).evaluateCallerRegisters(callee({ ebp: 0n }), stackMemory(0n, [1n], 4)),
    ).toBeNull();
  });
});
