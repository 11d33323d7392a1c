import { StreamType } from '../../format/stream-type.js';
import { findStream, type Minidump } from '../minidump.js';
import { readMinidumpString } from '../strings.js';

/** Reads the MozMacosBootargs stream: the kernel boot arguments, or undefined when unreadable. */
export function readMacBootArgs(dump: Minidump): { bootArgs: string | undefined } | undefined {
  const stream = findStream(dump, StreamType.MozMacosBootargs);
  if (stream === undefined) return undefined;
  const rva = stream.u64(4);
  if (rva > BigInt(dump.file.length)) return { bootArgs: undefined };
  try {
    return { bootArgs: readMinidumpString(dump.file, Number(rva)) };
  } catch {
    return { bootArgs: undefined };
  }
}
