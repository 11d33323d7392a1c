import { StreamType } from '../../format/stream-type.js';
import { findLinuxKeyValue } from '../linux-key-values.js';
import { findStream, type Minidump } from '../minidump.js';

/** The value of the first `key` line of the LinuxProcStatus stream (/proc/self/status), reading no further. */
export function findLinuxProcStatusValue(dump: Minidump, key: string): string | undefined {
  const stream = findStream(dump, StreamType.LinuxProcStatus);
  return stream === undefined ? undefined : findLinuxKeyValue(stream.bytes, ':', key);
}
