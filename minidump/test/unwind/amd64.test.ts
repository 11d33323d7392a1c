import { describe, expect, it } from 'vitest';
import { amd64Context } from '../../src/writer/contexts.js';
import { StackBuilder } from '../../src/writer/stack-builder.js';
import {
  ARCH,
  PLATFORM,
  framesOf,
  pdbCodeView,
  walkSynthetic,
  type TestModule,
} from '../fixtures/synthetic-walk.js';

const STACK = 0x7fff00000000n;
const MODULE: TestModule = {
  base: 0x400000n,
  size: 0x10000,
  name: 'app',
  codeView: pdbCodeView('app'),
};

describe('amd64 unwinding', () => {
  it('follows the saved rbp chain and stops at a null return address', async () => {
    const stack = new StackBuilder(STACK, 8)
      .skip(2)
      .mark('frame0')
      .addressOf('frame1')
      .word(0x401234n)
      .skip(2)
      .mark('frame1')
      .word(0n)
      .word(0n);
    const state = await walkSynthetic({
      architecture: ARCH.amd64,
      platform: PLATFORM.linux,
      context: amd64Context({ rip: 0x400100n, rsp: STACK, rbp: stack.address('frame0') }),
      stack,
      modules: [MODULE],
    });
    expect(framesOf(state)).toEqual([
      ['context', 0x400100n],
      ['frame_pointer', 0x401233n],
    ]);
    expect(state.threads[0]!.frames[1]!.registers.get('rbp')).toBe(stack.address('frame1'));
  });

  it('scans for a word inside a module when rbp is not a frame pointer', async () => {
    const stack = new StackBuilder(STACK, 8).word(0x12n, 0x7777n, 0x402000n).skip(4);
    const state = await walkSynthetic({
      architecture: ARCH.amd64,
      platform: PLATFORM.linux,
      context: amd64Context({ rip: 0x400100n, rsp: STACK, rbp: 0n }),
      stack,
      modules: [MODULE],
    });
    expect(framesOf(state)).toEqual([
      ['context', 0x400100n],
      ['scan', 0x401fffn],
    ]);
    expect(state.threads[0]!.frames[1]!.registers.get('rsp')).toBe(STACK + 24n);
  });

  it('rejects scanned words that symbols say are not inside a function', async () => {
    const stack = new StackBuilder(STACK, 8).word(0x402000n, 0x400500n).skip(2);
    const symbols =
      'MODULE Linux x86_64 11111111111111111111111111111111 app\nFUNC 400 200 0 real_function\n';
    const state = await walkSynthetic({
      architecture: ARCH.amd64,
      platform: PLATFORM.linux,
      context: amd64Context({ rip: 0x400100n, rsp: STACK, rbp: 0n }),
      stack,
      modules: [{ ...MODULE, symbols }],
    });
    expect(framesOf(state)).toEqual([
      ['context', 0x400100n],
      ['scan', 0x4004ffn],
    ]);
    expect(state.threads[0]!.frames[1]!.symbol?.functionName).toBe('real_function');
  });

  it('uses STACK CFI from the module symbols before the frame pointer', async () => {
    const stack = new StackBuilder(STACK, 8).word(0x999n).word(0x400300n).skip(2);
    const symbols = [
      'MODULE Linux x86_64 11111111111111111111111111111111 app',
      'FUNC 100 10 0 leaf',
      'FUNC 2f0 20 0 caller',
      'STACK CFI INIT 100 10 .cfa: $rsp 16 + .ra: .cfa -8 + ^',
      '',
    ].join('\n');
    const state = await walkSynthetic({
      architecture: ARCH.amd64,
      platform: PLATFORM.linux,
      context: amd64Context({ rip: 0x400100n, rsp: STACK, rbp: 0n, rbx: 0x55n }),
      stack,
      modules: [{ ...MODULE, symbols }],
    });
    const [, caller] = state.threads[0]!.frames;
    expect(caller?.trust).toBe('cfi');
    expect(caller?.instruction).toBe(0x4002ffn);
    expect(caller?.registers.get('rsp')).toBe(STACK + 16n);
    expect(caller?.registers.get('rbx')).toBe(0x55n);
  });

  it('stops when the recovered stack pointer does not grow', async () => {
    const stack = new StackBuilder(STACK, 8).mark('self').addressOf('self').word(0x401000n).skip(2);
    const state = await walkSynthetic({
      architecture: ARCH.amd64,
      platform: PLATFORM.linux,
      context: amd64Context({ rip: 0x400100n, rsp: STACK + 16n, rbp: stack.address('self') }),
      stack,
      modules: [MODULE],
    });
    expect(framesOf(state)).toEqual([['context', 0x400100n]]);
  });
});
