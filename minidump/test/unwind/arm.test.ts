import { describe, expect, it } from 'vitest';
import { armContext } from '../../src/writer/contexts.js';
import { StackBuilder } from '../../src/writer/stack-builder.js';
import {
  ARCH,
  PLATFORM,
  framesOf,
  pdbCodeView,
  walkSynthetic,
  type TestModule,
} from '../fixtures/synthetic-walk.js';

const STACK = 0x7e000000n;
const MODULE: TestModule = {
  base: 0x10000n,
  size: 0x10000,
  name: 'libnative.so',
  codeView: pdbCodeView('libnative'),
};

describe('arm unwinding', () => {
  it('uses frame records only on iOS', async () => {
    const stack = new StackBuilder(STACK, 4).mark('record').word(0n).word(0x11000n).skip(2);
    const context = armContext({ pc: 0x10100n, sp: STACK, fp: STACK, lr: 0n });
    const ios = await walkSynthetic({
      architecture: ARCH.arm,
      platform: PLATFORM.ios,
      context,
      stack,
      modules: [MODULE],
    });
    const android = await walkSynthetic({
      architecture: ARCH.arm,
      platform: PLATFORM.android,
      context,
      stack,
      modules: [MODULE],
    });
    expect(framesOf(ios)).toEqual([
      ['context', 0x10100n],
      ['frame_pointer', 0x10ffen],
    ]);
    expect(framesOf(android)).toEqual([
      ['context', 0x10100n],
      ['scan', 0x10ffen],
    ]);
  });

  it('evaluates CFI rules with bare register names', async () => {
    const stack = new StackBuilder(STACK, 4).word(0x7n, 0x12345n).skip(2);
    const symbols = [
      'MODULE Linux arm 11111111111111111111111111111111 libnative.so',
      'FUNC 100 20 0 leaf',
      'STACK CFI INIT 100 20 .cfa: sp 8 + .ra: .cfa -4 + ^ r4: .cfa -8 + ^',
      '',
    ].join('\n');
    const state = await walkSynthetic({
      architecture: ARCH.arm,
      platform: PLATFORM.android,
      context: armContext({ pc: 0x10100n, sp: STACK, r4: 0x99n }),
      stack,
      modules: [{ ...MODULE, symbols }],
    });
    const caller = state.threads[0]!.frames[1]!;
    expect(caller.trust).toBe('cfi');
    expect(caller.instruction).toBe(0x12343n);
    expect(caller.registers.get('r4')).toBe(0x7n);
  });
});
