import { describe, expect, it } from 'vitest';
import { readMinidump } from '../../../src/reader/minidump.js';
import { MinidumpError } from '../../../src/reader/minidump-error.js';
import { readThreadList } from '../../../src/reader/streams/thread-list.js';
import { ByteSink } from '../../../src/writer/byte-sink.js';
import { amd64Context } from '../../../src/writer/contexts.js';
import { MinidumpWriter } from '../../../src/writer/minidump-writer.js';

describe('ThreadList stream', () => {
  it('reads ids, TEB, stack memory and context bytes', () => {
    const stack = new Uint8Array(64).fill(7);
    const dump = readMinidump(
      new MinidumpWriter()
        .thread({
          id: 42,
          teb: 0x7000n,
          context: amd64Context({ rip: 1n }),
          stack: { base: 0x1000n, bytes: stack },
        })
        .build(),
    );
    const [thread] = readThreadList(dump)!;
    expect(thread?.threadId).toBe(42);
    expect(thread?.teb).toBe(0x7000n);
    expect(thread?.stack?.baseAddress).toBe(0x1000n);
    expect(thread?.stack?.bytes.bytes).toEqual(stack);
    expect(thread?.contextBytes?.length).toBe(1232);
  });

  it('accepts four bytes of padding after the entries', () => {
    const dump = readMinidump(
      new MinidumpWriter().rawStream(3, new ByteSink().u32(0).u32(0).finish()).build(),
    );
    expect(readThreadList(dump)).toEqual([]);
  });

  it('refuses a count that does not match the stream size, without allocating for it', () => {
    expect.assertions(3);
    const dump = readMinidump(
      new MinidumpWriter().rawStream(3, new ByteSink().u32(0x7fffffff).finish()).build(),
    );
    try {
      readThreadList(dump);
    } catch (error) {
      expect(error).toBeInstanceOf(MinidumpError);
      expect((error as MinidumpError).kind).toBe('StreamSizeMismatch');
      expect((error as MinidumpError).actual).toBe(4);
    }
  });
});
