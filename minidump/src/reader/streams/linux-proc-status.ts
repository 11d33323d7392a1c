import { StreamType } from '../../format/stream-type.js';
import { parseLinuxKeyValues } from '../linux-key-values.js';
import { findStream, type Minidump } from '../minidump.js';

/** Reads the LinuxProcStatus stream (/proc/self/status) as key/value pairs in file order. */
export function readLinuxProcStatus(dump: Minidump): Array<[string, string]> | undefined {
  const stream = findStream(dump, StreamType.LinuxProcStatus);
  return stream === undefined ? undefined : parseLinuxKeyValues(stream.bytes, ':');
}
