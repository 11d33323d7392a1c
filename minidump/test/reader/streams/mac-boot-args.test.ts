import { describe, expect, it } from 'vitest';
import { readMinidump } from '../../../src/reader/minidump.js';
import { readMacBootArgs } from '../../../src/reader/streams/mac-boot-args.js';
import { ByteSink } from '../../../src/writer/byte-sink.js';
import { minidumpString } from '../../../src/writer/contexts.js';
import { MinidumpWriter } from '../../../src/writer/minidump-writer.js';

const MOZ_MACOS_BOOTARGS = 0x4d7a0002;

describe('MozMacosBootargs stream', () => {
  it('reads the boot arguments through the RVA64 to a MINIDUMP_STRING', () => {
    const dump = readMinidump(
      new MinidumpWriter()
        .rawStream(MOZ_MACOS_BOOTARGS, (place) =>
          new ByteSink()
            .u32(MOZ_MACOS_BOOTARGS)
            .u64(BigInt(place(minidumpString('-v keepsyms=1'))))
            .finish(),
        )
        .build(),
    );
    expect(readMacBootArgs(dump)).toEqual({ bootArgs: '-v keepsyms=1' });
  });

  it('reports no boot arguments when the string lies outside the file', () => {
    const dump = readMinidump(
      new MinidumpWriter()
        .rawStream(MOZ_MACOS_BOOTARGS, new ByteSink().u32(MOZ_MACOS_BOOTARGS).u64(0xffffn).finish())
        .build(),
    );
    expect(readMacBootArgs(dump)).toEqual({ bootArgs: undefined });
  });

  it('is undefined when the dump has no such stream', () => {
    expect(readMacBootArgs(readMinidump(new MinidumpWriter().build()))).toBeUndefined();
  });
});
