import { describe, expect, it } from 'vitest';
import { findStream, readMinidump } from '../../src/reader/minidump.js';
import { MinidumpError } from '../../src/reader/minidump-error.js';
import { ByteSink } from '../../src/writer/byte-sink.js';
import { MinidumpWriter } from '../../src/writer/minidump-writer.js';

function header(
  signature: number,
  version: number,
  streamCount: number,
  directoryRva: number,
): Uint8Array {
  return new ByteSink()
    .u32(signature)
    .u32(version)
    .u32(streamCount)
    .u32(directoryRva)
    .zeros(16)
    .finish();
}

function kindOf(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    return error instanceof MinidumpError ? error.kind : `unexpected ${String(error)}`;
  }
}

describe('readMinidump', () => {
  it.each([
    ['a file shorter than the header', new Uint8Array(10), 'MissingHeader'],
    ['a file without the MDMP signature', header(0x12345678, 0xa793, 0, 32), 'HeaderMismatch'],
    ['a version other than 0xA793', header(0x504d444d, 0xa794, 0, 32), 'VersionMismatch'],
    ['a directory past the end of the file', header(0x504d444d, 0xa793, 4, 32), 'MissingDirectory'],
  ])('refuses %s', (_case, bytes, kind) => {
    expect(kindOf(() => readMinidump(bytes))).toBe(kind);
  });

  it('accepts implementation bits in the high half of the version', () => {
    expect(readMinidump(header(0x504d444d, 0x1234a793, 0, 32)).header.streamCount).toBe(0);
  });

  it('reads big-endian dumps', () => {
    const dump = readMinidump(
      new MinidumpWriter(false).rawStream(0x1234, new Uint8Array([1, 2, 3])).build(),
    );
    expect(dump.file.littleEndian).toBe(false);
    expect(findStream(dump, 0x1234)?.bytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('lets the later of two entries of one stream type win', () => {
    const bytes = new MinidumpWriter()
      .rawStream(0x99, new Uint8Array([1]))
      .rawStream(0x99, new Uint8Array([2, 2]))
      .build();
    expect(findStream(readMinidump(bytes), 0x99)?.length).toBe(2);
  });

  it('reports a stream whose entry points outside the file', () => {
    const bytes = new MinidumpWriter().rawStream(0x99, new Uint8Array(8)).build();
    new DataView(bytes.buffer).setUint32(32 + 8, 0xfffffff0, true);
    const dump = readMinidump(bytes);
    expect(kindOf(() => findStream(dump, 0x99))).toBe('StreamReadFailure');
    expect(findStream(dump, 0x98)).toBeUndefined();
  });
});
