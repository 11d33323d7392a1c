import { StreamType } from '../../format/stream-type.js';
import type { ByteView } from '../byte-view.js';
import { readListCount } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';
import {
  memoryRegionOf,
  readMemoryDescriptor,
  type MemoryDescriptor,
  type MemoryRegion,
} from './memory-descriptor.js';

/** One MINIDUMP_THREAD with its stack memory and raw context bytes resolved when possible. */
export interface MinidumpThread {
  readonly threadId: number;
  readonly suspendCount: number;
  readonly priorityClass: number;
  readonly priority: number;
  /** Address of the thread environment block (Windows) or 0. */
  readonly teb: bigint;
  readonly stackDescriptor: MemoryDescriptor;
  /** The stack region from the thread's own descriptor; undefined when it is null or broken. */
  readonly stack: MemoryRegion | undefined;
  /** The raw CONTEXT bytes; parsed later, once SystemInfo says which CPU they belong to. */
  readonly contextBytes: ByteView | undefined;
}

const THREAD_SIZE = 48;

/** Reads the ThreadList stream; undefined when the dump has none. */
export function readThreadList(dump: Minidump): MinidumpThread[] | undefined {
  const stream = findStream(dump, StreamType.ThreadList);
  if (stream === undefined) return undefined;
  const count = readListCount(stream, THREAD_SIZE, StreamType.ThreadList);
  const threads: MinidumpThread[] = [];
  for (let index = 0; index < count; index++) {
    const offset = 4 + index * THREAD_SIZE;
    const stackDescriptor = readMemoryDescriptor(stream, offset + 24);
    const contextSize = stream.u32(offset + 40);
    const contextRva = stream.u32(offset + 44);
    threads.push({
      threadId: stream.u32(offset),
      suspendCount: stream.u32(offset + 4),
      priorityClass: stream.u32(offset + 8),
      priority: stream.u32(offset + 12),
      teb: stream.u64(offset + 16),
      stackDescriptor,
      stack: memoryRegionOf(dump.file, stackDescriptor),
      contextBytes: dump.file.contains(contextRva, contextSize)
        ? dump.file.slice(contextRva, contextSize)
        : undefined,
    });
  }
  return threads;
}
