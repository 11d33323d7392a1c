import { StreamType } from '../../format/stream-type.js';
import { MinidumpError } from '../minidump-error.js';
import { findStream, type Minidump } from '../minidump.js';

/** The MiscInfo fields the processor uses, already filtered by their validity flags. */
export interface MinidumpMiscInfo {
  readonly sizeOfInfo: number;
  readonly flags1: number;
  /** Present only when flags1 has MINIDUMP_MISC1_PROCESS_ID. */
  readonly processId: number | undefined;
  /** Seconds since the epoch; present only when flags1 has MINIDUMP_MISC1_PROCESS_TIMES. */
  readonly processCreateTime: number | undefined;
}

const MISC1_PROCESS_ID = 0x1;
const MISC1_PROCESS_TIMES = 0x2;
/** MINIDUMP_MISC_INFO is the smallest version: 24 bytes. */
const MISC_INFO_MINIMUM_SIZE = 24;

/** Reads the MiscInfo stream (any of its five versions); undefined when the dump has none. */
export function readMiscInfo(dump: Minidump): MinidumpMiscInfo | undefined {
  const stream = findStream(dump, StreamType.MiscInfo);
  if (stream === undefined) return undefined;
  if (stream.length < MISC_INFO_MINIMUM_SIZE) {
    throw new MinidumpError(
      'StreamSizeMismatch',
      `MiscInfo has ${stream.length} bytes; the smallest version has ${MISC_INFO_MINIMUM_SIZE}`,
      { streamType: StreamType.MiscInfo, expected: MISC_INFO_MINIMUM_SIZE, actual: stream.length },
    );
  }
  const flags1 = stream.u32(4);
  return {
    sizeOfInfo: stream.u32(0),
    flags1,
    processId: flags1 & MISC1_PROCESS_ID ? stream.u32(8) : undefined,
    processCreateTime: flags1 & MISC1_PROCESS_TIMES ? stream.u32(12) : undefined,
  };
}
