import { StreamType } from '../../format/stream-type.js';
import type { ByteView } from '../byte-view.js';
import { findStream, type Minidump } from '../minidump.js';

/** MINIDUMP_EXCEPTION_STREAM: which thread crashed, why, and its context at the fault. */
export interface MinidumpException {
  readonly threadId: number;
  readonly exceptionCode: number;
  readonly exceptionFlags: number;
  readonly exceptionRecord: bigint;
  readonly exceptionAddress: bigint;
  readonly numberParameters: number;
  /** The 15 exception_information words (all of them, whatever numberParameters says). */
  readonly exceptionInformation: readonly bigint[];
  /** Raw CONTEXT bytes of the crashing thread at the fault, when their location is valid. */
  readonly contextBytes: ByteView | undefined;
}

const EXCEPTION_STREAM_SIZE = 168;

/** Reads the Exception stream; undefined when the dump has none. */
export function readException(dump: Minidump): MinidumpException | undefined {
  const stream = findStream(dump, StreamType.Exception);
  if (stream === undefined) return undefined;
  stream.check(0, EXCEPTION_STREAM_SIZE);
  const exceptionInformation: bigint[] = [];
  for (let index = 0; index < 15; index++) exceptionInformation.push(stream.u64(40 + index * 8));
  const contextSize = stream.u32(160);
  const contextRva = stream.u32(164);
  return {
    threadId: stream.u32(0),
    exceptionCode: stream.u32(8),
    exceptionFlags: stream.u32(12),
    exceptionRecord: stream.u64(16),
    exceptionAddress: stream.u64(24),
    numberParameters: stream.u32(32),
    exceptionInformation,
    contextBytes: dump.file.contains(contextRva, contextSize)
      ? dump.file.slice(contextRva, contextSize)
      : undefined,
  };
}
