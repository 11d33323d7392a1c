import { StreamType } from '../../format/stream-type.js';
import { MinidumpError } from '../minidump-error.js';
import { readListCount } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';
import {
  MEMORY_DESCRIPTOR_SIZE,
  memoryRegionOf,
  readMemoryDescriptor,
  type MemoryRegion,
} from './memory-descriptor.js';

/** Reads the MemoryList stream; entries with null or out-of-file data are skipped one by one. */
export function readMemoryList(dump: Minidump): MemoryRegion[] | undefined {
  const stream = findStream(dump, StreamType.MemoryList);
  if (stream === undefined) return undefined;
  const count = readListCount(stream, MEMORY_DESCRIPTOR_SIZE, StreamType.MemoryList);
  const regions: MemoryRegion[] = [];
  for (let index = 0; index < count; index++) {
    const region = memoryRegionOf(
      dump.file,
      readMemoryDescriptor(stream, 4 + index * MEMORY_DESCRIPTOR_SIZE),
    );
    if (region !== undefined) regions.push(region);
  }
  return regions;
}

const MEMORY64_HEADER_SIZE = 16;
const MEMORY64_DESCRIPTOR_SIZE = 16;

/**
 * Reads the Memory64List stream: region i's bytes follow region i−1's from one base RVA. The
 * stream must be exactly header + entries, and every region must lie inside the file.
 */
export function readMemory64List(dump: Minidump): MemoryRegion[] | undefined {
  const stream = findStream(dump, StreamType.Memory64List);
  if (stream === undefined) return undefined;
  const count = stream.u64AsNumber(0);
  let rva = stream.u64AsNumber(8);
  const expected = MEMORY64_HEADER_SIZE + count * MEMORY64_DESCRIPTOR_SIZE;
  if (stream.length !== expected) {
    throw new MinidumpError(
      'StreamSizeMismatch',
      `Memory64List claims ${count} regions, which needs ${expected} bytes, but has ${stream.length}`,
      { streamType: StreamType.Memory64List, expected, actual: stream.length },
    );
  }
  const regions: MemoryRegion[] = [];
  for (let index = 0; index < count; index++) {
    const offset = MEMORY64_HEADER_SIZE + index * MEMORY64_DESCRIPTOR_SIZE;
    const baseAddress = stream.u64(offset);
    const size = stream.u64AsNumber(offset + 8);
    if (!dump.file.contains(rva, size)) {
      throw new MinidumpError(
        'StreamReadFailure',
        `Memory64List region ${index} (${size} bytes at offset ${rva}) lies outside the file`,
        { streamType: StreamType.Memory64List, offset: rva, expected: size },
      );
    }
    regions.push({ baseAddress, size: BigInt(size), bytes: dump.file.slice(rva, size) });
    rva += size;
  }
  return regions;
}
