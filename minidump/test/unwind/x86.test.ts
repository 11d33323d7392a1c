import { describe, expect, it } from 'vitest';
import { x86Context } from '../../src/writer/contexts.js';
import { StackBuilder } from '../../src/writer/stack-builder.js';
import {
  ARCH,
  PLATFORM,
  framesOf,
  pdbCodeView,
  walkSynthetic,
  type TestModule,
} from '../fixtures/synthetic-walk.js';

const STACK = 0x0012f000n;
const MODULE: TestModule = {
  base: 0x00400000n,
  size: 0x10000,
  name: 'app.exe',
  codeView: pdbCodeView('app'),
};

describe('x86 unwinding', () => {
  it('follows the ebp chain without sanity checks', async () => {
    const stack = new StackBuilder(STACK, 4)
      .mark('frame0')
      .addressOf('frame1')
      .word(0x00401010n)
      .mark('frame1')
      .word(0n)
      .word(0x00402020n);
    const state = await walkSynthetic({
      architecture: ARCH.x86,
      platform: PLATFORM.windows,
      context: x86Context({ eip: 0x00400100n, esp: STACK, ebp: stack.address('frame0') }),
      stack,
      modules: [MODULE],
    });
    expect(framesOf(state)).toEqual([
      ['context', 0x00400100n],
      ['frame_pointer', 0x0040100fn],
      ['frame_pointer', 0x0040201fn],
    ]);
  });

  it('recovers ebp after a scan from the word below the return address', async () => {
    const stack = new StackBuilder(STACK, 4)
      .word(0x5n)
      .addressOf('next')
      .word(0x00401500n)
      .mark('next')
      .skip(3);
    const state = await walkSynthetic({
      architecture: ARCH.x86,
      platform: PLATFORM.windows,
      context: x86Context({ eip: 0x00400100n, esp: STACK, ebp: 0x10n }),
      stack,
      modules: [MODULE],
    });
    const caller = state.threads[0]!.frames[1]!;
    expect(caller.trust).toBe('scan');
    expect(caller.instruction).toBe(0x004014ffn);
    expect(caller.registers.get('esp')).toBe(STACK + 12n);
    expect(caller.registers.get('ebp')).toBe(stack.address('next'));
  });

  it('uses STACK WIN frame data from the module symbols', async () => {
    const stack = new StackBuilder(STACK, 4).word(0x00401234n).skip(4);
    const symbols = [
      'MODULE windows x86 11111111111111111111111111111111 app.pdb',
      'FUNC 100 10 0 leaf',
      'STACK WIN 4 100 10 0 0 0 0 0 0 1 $T0 $esp = $eip $T0 ^ = $esp $T0 4 + =',
      '',
    ].join('\n');
    const state = await walkSynthetic({
      architecture: ARCH.x86,
      platform: PLATFORM.windows,
      context: x86Context({ eip: 0x00400100n, esp: STACK, ebp: 0n }),
      stack,
      modules: [{ ...MODULE, codeView: pdbCodeView('app'), symbols }],
    });
    const caller = state.threads[0]!.frames[1]!;
    expect(caller.trust).toBe('cfi');
    expect(caller.instruction).toBe(0x00401233n);
    expect(caller.registers.get('esp')).toBe(STACK + 4n);
  });
});
