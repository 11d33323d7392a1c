import { StreamType } from '../../format/stream-type.js';
import { parseLinuxKeyValues } from '../linux-key-values.js';
import { findStream, type Minidump } from '../minidump.js';

/** Reads the LinuxCpuInfo stream (/proc/cpuinfo) as key/value pairs in file order. */
export function readLinuxCpuInfo(dump: Minidump): Array<[string, string]> | undefined {
  const stream = findStream(dump, StreamType.LinuxCpuInfo);
  return stream === undefined ? undefined : parseLinuxKeyValues(stream.bytes, ':');
}
