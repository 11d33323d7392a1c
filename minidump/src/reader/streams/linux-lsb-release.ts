import { StreamType } from '../../format/stream-type.js';
import { parseLinuxKeyValues } from '../linux-key-values.js';
import { findStream, type Minidump } from '../minidump.js';

/** Reads the LinuxLsbRelease stream (/etc/lsb-release or os-release) as key/value pairs. */
export function readLinuxLsbRelease(dump: Minidump): Array<[string, string]> | undefined {
  const stream = findStream(dump, StreamType.LinuxLsbRelease);
  return stream === undefined ? undefined : parseLinuxKeyValues(stream.bytes, '=');
}
