import { StreamType } from '../../format/stream-type.js';
import { readListCount } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';
import { readMinidumpString } from '../strings.js';

const THREAD_NAME_SIZE = 12;

/**
 * Reads the ThreadNames stream as thread id → name. Names that fail to decode are dropped one by
 * one rather than failing the stream.
 */
export function readThreadNames(dump: Minidump): Map<number, string> | undefined {
  const stream = findStream(dump, StreamType.ThreadNames);
  if (stream === undefined) return undefined;
  const count = readListCount(stream, THREAD_NAME_SIZE, StreamType.ThreadNames);
  const names = new Map<number, string>();
  for (let index = 0; index < count; index++) {
    const offset = 4 + index * THREAD_NAME_SIZE;
    const rva = stream.u64(offset + 4);
    if (rva > BigInt(dump.file.length)) continue;
    try {
      names.set(stream.u32(offset), readMinidumpString(dump.file, Number(rva)));
    } catch {
      continue;
    }
  }
  return names;
}
