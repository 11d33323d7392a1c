import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StackCfiRules } from '../../../src/symbols/unwind/cfi-rules.js';
import type { CpuArchitecture } from '../../../src/symbols/unwind/unwind-rules.js';
import { StackWinRules } from '../../../src/symbols/unwind/win-frame-rules.js';

const TOKENS = [
  '.cfa:',
  '.ra:',
  '$rsp:',
  'x29:',
  'fp:',
  '$eip',
  '$esp',
  '$ebp',
  '$T0',
  '.raSearch',
  '.cbParams',
  '.undef',
  '.cfa',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '^',
  '=',
  '=$eip',
  '0',
  '-1',
  '8',
  '16',
  '4294967296',
  '-9223372036854775809',
  'rsp',
  'sp',
  'lr',
  'r11',
  'x30',
  '$',
  ':',
  '',
];
const program = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((tokens) => tokens.join(' ')),
  fc.string({ maxLength: 60 }),
);
const registers = new Map<string, bigint>(
  ['esp', 'ebp', 'ebx', 'eip', 'rsp', 'rbp', 'rip', 'sp', 'fp', 'lr', 'pc'].map((name, index) => [
    name,
    BigInt(index) * 0x10n,
  ]),
);
const readMemory = (address: bigint, size: 4 | 8): bigint | undefined =>
  address > 0x10000n ? undefined : (address * 7n) % (size === 4 ? 1n << 32n : 1n << 64n);

describe('CFI and STACK WIN evaluation of arbitrary rule text', () => {
  it('returns registers or null, never throws', () => {
    fc.assert(
      fc.property(
        fc.array(program, { minLength: 1, maxLength: 3 }),
        program,
        fc.constantFrom<CpuArchitecture>('x86', 'amd64', 'arm', 'arm64'),
        fc.boolean(),
        (cfiTexts, winText, architecture, hasGrandCallee) => {
          const callee = {
            architecture,
            registers,
            forwardedRegisters: ['ebx', 'fp'],
            hasGrandCallee,
            grandCalleeParameterSize: 8,
          };
          const cfi = new StackCfiRules(0n, 0n, cfiTexts).evaluateCallerRegisters(
            callee,
            readMemory,
          );
          expect(cfi === null || cfi instanceof Map).toBe(true);
          for (const kind of ['stack-win-framedata', 'stack-win-fpo'] as const) {
            const win = new StackWinRules({
              kind,
              address: 0n,
              codeSize: 1,
              prologueSize: 0,
              epilogueSize: 0,
              parameterSize: 4,
              savedRegisterSize: 0xffff_ffff,
              localSize: 8,
              maxStackSize: 0,
              programString: winText,
              allocatesBasePointer: hasGrandCallee,
            }).evaluateCallerRegisters(callee, readMemory);
            expect(win === null || win instanceof Map).toBe(true);
          }
        },
      ),
      { numRuns: 2000, interruptAfterTimeLimit: 10_000 },
    );
  });
});
