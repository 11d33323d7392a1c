import { StreamType } from '../../format/stream-type.js';
import { findStream, type Minidump } from '../minidump.js';
import { decodeUtf8Lossy } from '../strings.js';

/** One row of /proc/self/limits; soft and hard are numbers or "unlimited". */
export interface LinuxLimit {
  readonly name: string;
  readonly soft: number | 'unlimited';
  readonly hard: number | 'unlimited';
  readonly unit: string;
}

/**
 * Reads the MozLinuxLimits stream: the header line is skipped, columns are split on runs of two
 * or more spaces, and rows whose limits are neither numbers nor "unlimited" are dropped.
 */
export function readLinuxLimits(dump: Minidump): LinuxLimit[] | undefined {
  const stream = findStream(dump, StreamType.MozLinuxLimits);
  if (stream === undefined) return undefined;
  const limits: LinuxLimit[] = [];
  for (const line of decodeUtf8Lossy(stream.bytes).split('\n').slice(1)) {
    const columns = line.trim().split(/ {2,}/);
    if (columns.length < 3) continue;
    const soft = parseLimit(columns[1]!);
    const hard = parseLimit(columns[2]!);
    if (soft === undefined || hard === undefined) continue;
    limits.push({ name: columns[0]!, soft, hard, unit: columns[3] ?? '' });
  }
  return limits;
}

function parseLimit(text: string): number | 'unlimited' | undefined {
  if (text === 'unlimited') return 'unlimited';
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
