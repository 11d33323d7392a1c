import { StreamType } from '../../format/stream-type.js';
import { MinidumpError } from '../minidump-error.js';
import { findStream, type Minidump } from '../minidump.js';
import { decodeUtf8Lossy } from '../strings.js';

/** One /proc/self/maps line. */
export interface LinuxMapRegion {
  readonly baseAddress: bigint;
  /** Last address of the mapping, inclusive (the reference's reading of the end column). */
  readonly finalAddress: bigint;
  readonly isRead: boolean;
  readonly isWrite: boolean;
  readonly isExec: boolean;
  /** The path or special kind (`[stack]`, `[heap]`…), empty for anonymous maps. */
  readonly pathOrKind: string;
}

const HEX = /^[0-9a-fA-F]{1,16}$/;

/**
 * Reads the LinuxMaps stream with procfs rules: every non-empty line needs an address range,
 * permissions, offset, device and inode; one malformed line (a truncated dump) fails the stream.
 */
export function readLinuxMaps(dump: Minidump): LinuxMapRegion[] | undefined {
  const stream = findStream(dump, StreamType.LinuxMaps);
  if (stream === undefined) return undefined;
  const regions: LinuxMapRegion[] = [];
  for (const [index, line] of decodeUtf8Lossy(stream.bytes).split('\n').entries()) {
    if (line.trim() === '') continue;
    const region = parseMapsLine(line);
    if (region === undefined) {
      throw new MinidumpError('StreamReadFailure', `LinuxMaps line ${index + 1} is malformed`, {
        streamType: StreamType.LinuxMaps,
      });
    }
    regions.push(region);
  }
  return regions;
}

function parseMapsLine(line: string): LinuxMapRegion | undefined {
  const tokens = line.trim().split(/\s+/);
  const range = tokens[0]?.split('-');
  if (range === undefined || range.length !== 2 || !HEX.test(range[0]!) || !HEX.test(range[1]!)) {
    return undefined;
  }
  const [, permissions = '', offset = '', device = '', inode = ''] = tokens;
  if (!/^[rwxsp-]{4}$/.test(permissions) || !HEX.test(offset)) return undefined;
  if (!/^[0-9a-fA-F]+:[0-9a-fA-F]+$/.test(device) || !/^\d+$/.test(inode)) return undefined;
  const pathOrKind = tokens.slice(5).join(' ');
  return {
    baseAddress: BigInt(`0x${range[0]}`),
    finalAddress: BigInt(`0x${range[1]}`),
    isRead: permissions.includes('r'),
    isWrite: permissions.includes('w'),
    isExec: permissions.includes('x'),
    pathOrKind,
  };
}
