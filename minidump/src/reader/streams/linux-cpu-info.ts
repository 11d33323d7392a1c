import { StreamType } from '../../format/stream-type.js';
import { findLinuxKeyValue } from '../linux-key-values.js';
import { findStream, type Minidump } from '../minidump.js';

/** The value of the first `key` line of the LinuxCpuInfo stream (/proc/cpuinfo), reading no further. */
export function findLinuxCpuInfoValue(dump: Minidump, key: string): string | undefined {
  const stream = findStream(dump, StreamType.LinuxCpuInfo);
  return stream === undefined ? undefined : findLinuxKeyValue(stream.bytes, ':', key);
}
