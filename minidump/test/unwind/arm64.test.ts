import { describe, expect, it } from 'vitest';
import { arm64Context } from '../../src/writer/contexts.js';
import { StackBuilder } from '../../src/writer/stack-builder.js';
import {
  ARCH,
  PLATFORM,
  framesOf,
  pdbCodeView,
  walkSynthetic,
  type TestModule,
} from '../fixtures/synthetic-walk.js';

const STACK = 0x16f000000n;
const MODULE: TestModule = {
  base: 0x100000000n,
  size: 0x10000,
  name: 'app',
  codeView: pdbCodeView('app'),
};

describe('arm64 unwinding', () => {
  it('strips pointer-authentication bits from frame records', async () => {
    const stack = new StackBuilder(STACK, 8)
      .mark('record0')
      .addressOf('record1')
      .word(0x002f000100001234n)
      .mark('record1')
      .word(0n)
      .word(0n);
    const state = await walkSynthetic({
      architecture: ARCH.arm64,
      platform: PLATFORM.macos,
      context: arm64Context({ pc: 0x100000100n, sp: STACK, fp: stack.address('record0'), lr: 0n }),
      stack,
      modules: [MODULE],
    });
    expect(framesOf(state)).toEqual([
      ['context', 0x100000100n],
      ['frame_pointer', 0x100001230n],
    ]);
  });

  it('unwinds a leaf through CFI that keeps sp and takes the return address from lr', async () => {
    const stack = new StackBuilder(STACK, 8).skip(4);
    const symbols = [
      'MODULE mac arm64 11111111111111111111111111111111 app',
      'FUNC 100 20 0 leaf',
      'FUNC 2000 20 0 caller',
      'STACK CFI INIT 100 20 .cfa: sp 0 + .ra: lr',
      '',
    ].join('\n');
    const state = await walkSynthetic({
      architecture: ARCH.arm64,
      platform: PLATFORM.macos,
      context: arm64Context({ pc: 0x100000100n, sp: STACK, fp: 0n, lr: 0x100002010n }),
      stack,
      modules: [{ ...MODULE, symbols }],
    });
    expect(framesOf(state).slice(0, 2)).toEqual([
      ['context', 0x100000100n],
      ['cfi', 0x10000200cn],
    ]);
  });

  it('refuses scanned values outside user space', async () => {
    const stack = new StackBuilder(STACK, 8).word(0xffff000100001000n, 0x100004000n).skip(2);
    const state = await walkSynthetic({
      architecture: ARCH.arm64,
      platform: PLATFORM.linux,
      context: arm64Context({ pc: 0x100000100n, sp: STACK, lr: 0n }),
      stack,
      modules: [MODULE],
    });
    expect(framesOf(state)).toEqual([
      ['context', 0x100000100n],
      ['scan', 0x100003ffcn],
    ]);
  });
});
