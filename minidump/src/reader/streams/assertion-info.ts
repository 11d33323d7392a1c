import { StreamType } from '../../format/stream-type.js';
import { findStream, type Minidump } from '../minidump.js';
import { decodeUtf16 } from '../strings.js';

/** MINIDUMP_ASSERTION_INFO: an invalid-parameter or pure-call report from the CRT. */
export interface MinidumpAssertion {
  readonly expression: string | undefined;
  readonly function: string | undefined;
  readonly file: string | undefined;
  readonly line: number;
  readonly type: number;
}

const FIELD_BYTES = 256;

/** Reads the AssertionInfo stream; undefined when the dump has none. */
export function readAssertionInfo(dump: Minidump): MinidumpAssertion | undefined {
  const stream = findStream(dump, StreamType.AssertionInfo);
  if (stream === undefined) return undefined;
  stream.check(0, FIELD_BYTES * 3 + 8);
  const field = (index: number): string | undefined => {
    const units = stream.bytes.subarray(index * FIELD_BYTES, (index + 1) * FIELD_BYTES);
    let end = 0;
    while (end + 1 < units.length && (units[end] !== 0 || units[end + 1] !== 0)) end += 2;
    try {
      return decodeUtf16(units.subarray(0, end), stream.littleEndian);
    } catch {
      return undefined;
    }
  };
  return {
    expression: field(0),
    function: field(1),
    file: field(2),
    line: stream.u32(FIELD_BYTES * 3),
    type: stream.u32(FIELD_BYTES * 3 + 4),
  };
}
