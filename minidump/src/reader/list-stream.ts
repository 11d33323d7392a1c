import type { ByteView } from './byte-view.js';
import { MinidumpError } from './minidump-error.js';

/**
 * Validates a plain list stream (u32 count, then fixed-size entries) and returns the count.
 * The size must be exactly `4 + count × entrySize`, or that plus 4 bytes of padding that some
 * writers add; anything else is a `StreamSizeMismatch`, which also guards against absurd counts.
 */
export function readListCount(stream: ByteView, entrySize: number, streamType: number): number {
  const count = stream.u32(0);
  const expected = 4 + count * entrySize;
  if (stream.length !== expected && stream.length !== expected + 4) {
    throw new MinidumpError(
      'StreamSizeMismatch',
      `stream 0x${streamType.toString(16)} has ${count} entries of ${entrySize} bytes, which needs ${expected} bytes, but it has ${stream.length}`,
      { streamType, expected, actual: stream.length },
    );
  }
  return count;
}

/** Where the entries of an extended list stream (header with sizes and count) are. */
export interface ExtendedList {
  readonly entriesOffset: number;
  readonly entrySize: number;
  readonly count: number;
}

/**
 * Validates an extended list stream (`size_of_header u32, size_of_entry u32, count u32|u64`).
 * The entry size must be one the caller knows, and the entries must fit in the stream.
 */
export function readExtendedListHeader(
  stream: ByteView,
  knownEntrySizes: readonly number[],
  streamType: number,
  countIs64Bit: boolean,
): ExtendedList {
  const headerSize = stream.u32(0);
  const entrySize = stream.u32(4);
  const count = countIs64Bit ? stream.u64AsNumber(8) : stream.u32(8);
  if (!knownEntrySizes.includes(entrySize)) {
    throw new MinidumpError(
      'StreamSizeMismatch',
      `stream 0x${streamType.toString(16)} has ${entrySize}-byte entries; expected ${knownEntrySizes.join(' or ')}`,
      { streamType, expected: knownEntrySizes[0], actual: entrySize },
    );
  }
  const minimumHeaderSize = countIs64Bit ? 16 : 12;
  if (headerSize < minimumHeaderSize) {
    throw new MinidumpError(
      'StreamSizeMismatch',
      `stream 0x${streamType.toString(16)} has a ${headerSize}-byte header; at least ${minimumHeaderSize} expected`,
      { streamType, expected: minimumHeaderSize, actual: headerSize },
    );
  }
  const needed = headerSize + count * entrySize;
  if (needed > stream.length) {
    throw new MinidumpError(
      'StreamSizeMismatch',
      `stream 0x${streamType.toString(16)} claims ${count} entries of ${entrySize} bytes after a ${headerSize}-byte header, but has only ${stream.length} bytes`,
      { streamType, expected: needed, actual: stream.length },
    );
  }
  return { entriesOffset: headerSize, entrySize, count };
}
