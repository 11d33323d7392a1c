import { StreamType } from '../../format/stream-type.js';
import { findStream, type Minidump } from '../minidump.js';

/** MINIDUMP_BREAKPAD_INFO with its validity bits applied. */
export interface MinidumpBreakpadInfo {
  /** The thread that wrote the dump (it gets no frames). */
  readonly dumpThreadId: number | undefined;
  /** The thread that asked for the dump; the crashing thread when there is no Exception stream. */
  readonly requestingThreadId: number | undefined;
}

/** Reads the BreakpadInfo stream; undefined when the dump has none. */
export function readBreakpadInfo(dump: Minidump): MinidumpBreakpadInfo | undefined {
  const stream = findStream(dump, StreamType.BreakpadInfo);
  if (stream === undefined) return undefined;
  const validity = stream.u32(0);
  return {
    dumpThreadId: validity & 1 ? stream.u32(4) : undefined,
    requestingThreadId: validity & 2 ? stream.u32(8) : undefined,
  };
}
