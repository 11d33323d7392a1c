import { describe, expect, it } from 'vitest';
import type { MinidumpModule } from '../../src/reader/streams/module-list.js';
import { ModuleMap } from '../../src/unwind/module-map.js';

function module(name: string, base: number, size: number): MinidumpModule {
  return {
    baseOfImage: BigInt(base),
    sizeOfImage: size,
    checksum: 0,
    timeDateStamp: 0,
    name,
    versionInfo: {} as MinidumpModule['versionInfo'],
    codeView: undefined,
  };
}

// A big module with a small one overlapping its end, then a gap, then a third module.
const modules = new ModuleMap([
  module('late', 0x9000, 0x1000),
  module('big', 0x1000, 0x4000),
  module('inside', 0x2000, 0x100),
]);

describe('module map', () => {
  it('says a return address may hit a module when any module starting below it reaches past it', () => {
    // 0x3001 − 1 is past `inside` but still inside `big`, which starts further down.
    expect(modules.mayContainReturnAddress(0x3001)).toBe(true);
    expect(modules.moduleAt(0x3000n)?.name).toBe('big');
    expect(modules.mayContainReturnAddress(0x9001)).toBe(true);
  });

  it('rules out addresses in gaps, below every module and past the last one', () => {
    expect(modules.mayContainReturnAddress(0x5001)).toBe(false);
    expect(modules.moduleAt(0x5000n)).toBeUndefined();
    expect(modules.mayContainReturnAddress(0x1000)).toBe(false);
    expect(modules.mayContainReturnAddress(0xa001)).toBe(false);
  });

  it('finds the innermost module starting at or below an address that covers it', () => {
    expect(modules.moduleAt(0x2050n)?.name).toBe('inside');
    expect(modules.moduleAt(0x2100n)?.name).toBe('big');
  });

  it('lets addresses above 2^53 through to the exact bigint check', () => {
    expect(modules.mayContainReturnAddress(2 ** 60)).toBe(true);
    expect(modules.moduleAt(1n << 60n)).toBeUndefined();
  });
});
