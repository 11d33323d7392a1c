import { StreamType } from '../../format/stream-type.js';
import { readExtendedListHeader } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';

/** One MINIDUMP_MEMORY_INFO: the state and protection of a region of the address space. */
export interface MemoryInfo {
  readonly baseAddress: bigint;
  readonly allocationBase: bigint;
  readonly allocationProtection: number;
  readonly regionSize: bigint;
  readonly state: number;
  readonly protection: number;
  readonly type: number;
}

const MEMORY_INFO_SIZE = 48;

/** Reads the MemoryInfoList stream; undefined when the dump has none. */
export function readMemoryInfoList(dump: Minidump): MemoryInfo[] | undefined {
  const stream = findStream(dump, StreamType.MemoryInfoList);
  if (stream === undefined) return undefined;
  const list = readExtendedListHeader(stream, [MEMORY_INFO_SIZE], StreamType.MemoryInfoList, true);
  const regions: MemoryInfo[] = [];
  for (let index = 0; index < list.count; index++) {
    const offset = list.entriesOffset + index * MEMORY_INFO_SIZE;
    regions.push({
      baseAddress: stream.u64(offset),
      allocationBase: stream.u64(offset + 8),
      allocationProtection: stream.u32(offset + 16),
      regionSize: stream.u64(offset + 24),
      state: stream.u32(offset + 32),
      protection: stream.u32(offset + 36),
      type: stream.u32(offset + 40),
    });
  }
  return regions;
}
