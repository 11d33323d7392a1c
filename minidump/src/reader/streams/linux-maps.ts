import { StreamType } from '../../format/stream-type.js';
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

/** Reads the LinuxMaps stream; lines whose address range does not parse are skipped. */
export function readLinuxMaps(dump: Minidump): LinuxMapRegion[] | undefined {
  const stream = findStream(dump, StreamType.LinuxMaps);
  if (stream === undefined) return undefined;
  const regions: LinuxMapRegion[] = [];
  for (const line of decodeUtf8Lossy(stream.bytes).split('\n')) {
    const region = parseMapsLine(line);
    if (region !== undefined) regions.push(region);
  }
  return regions;
}

function parseMapsLine(line: string): LinuxMapRegion | undefined {
  const tokens = line.trim().split(/\s+/);
  const range = tokens[0]?.split('-');
  if (range === undefined || range.length !== 2 || !HEX.test(range[0]!) || !HEX.test(range[1]!)) {
    return undefined;
  }
  const permissions = tokens[1] ?? '';
  const pathOrKind = tokens.slice(5).join(' ');
  const stackTid = /^\[stack:(.*)\]$/.exec(pathOrKind);
  if (stackTid !== null && !/^\d+$/.test(stackTid[1]!)) return undefined;
  return {
    baseAddress: BigInt(`0x${range[0]}`),
    finalAddress: BigInt(`0x${range[1]}`),
    isRead: permissions.includes('r'),
    isWrite: permissions.includes('w'),
    isExec: permissions.includes('x'),
    pathOrKind,
  };
}
