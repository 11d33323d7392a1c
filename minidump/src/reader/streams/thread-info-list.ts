import { StreamType } from '../../format/stream-type.js';
import { readExtendedListHeader } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';

/** One MINIDUMP_THREAD_INFO. */
export interface ThreadInfo {
  readonly threadId: number;
  readonly dumpFlags: number;
  readonly dumpError: number;
  readonly exitStatus: number;
  readonly createTime: bigint;
  readonly exitTime: bigint;
  readonly kernelTime: bigint;
  readonly userTime: bigint;
  readonly startAddress: bigint;
  readonly affinity: bigint;
}

const THREAD_INFO_SIZE = 64;

/** Reads the ThreadInfoList stream; undefined when the dump has none. */
export function readThreadInfoList(dump: Minidump): ThreadInfo[] | undefined {
  const stream = findStream(dump, StreamType.ThreadInfoList);
  if (stream === undefined) return undefined;
  const list = readExtendedListHeader(stream, [THREAD_INFO_SIZE], StreamType.ThreadInfoList, false);
  const threads: ThreadInfo[] = [];
  for (let index = 0; index < list.count; index++) {
    const offset = list.entriesOffset + index * THREAD_INFO_SIZE;
    threads.push({
      threadId: stream.u32(offset),
      dumpFlags: stream.u32(offset + 4),
      dumpError: stream.u32(offset + 8),
      exitStatus: stream.u32(offset + 12),
      createTime: stream.u64(offset + 16),
      exitTime: stream.u64(offset + 24),
      kernelTime: stream.u64(offset + 32),
      userTime: stream.u64(offset + 40),
      startAddress: stream.u64(offset + 48),
      affinity: stream.u64(offset + 56),
    });
  }
  return threads;
}
