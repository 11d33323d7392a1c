import { StreamType } from '../../format/stream-type.js';
import { MinidumpError } from '../minidump-error.js';
import { readExtendedListHeader } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';
import { readMinidumpString } from '../strings.js';

/** One MINIDUMP_UNLOADED_MODULE. */
export interface MinidumpUnloadedModule {
  readonly baseOfImage: bigint;
  readonly sizeOfImage: number;
  readonly checksum: number;
  readonly timeDateStamp: number;
  readonly name: string;
}

const UNLOADED_MODULE_SIZE = 24;

/**
 * Reads the UnloadedModuleList stream. Unlike the module list, one entry with a bad size fails
 * the whole stream (the reference then reports no unloaded modules).
 */
export function readUnloadedModuleList(dump: Minidump): MinidumpUnloadedModule[] | undefined {
  const stream = findStream(dump, StreamType.UnloadedModuleList);
  if (stream === undefined) return undefined;
  const list = readExtendedListHeader(
    stream,
    [UNLOADED_MODULE_SIZE],
    StreamType.UnloadedModuleList,
    false,
  );
  const modules: MinidumpUnloadedModule[] = [];
  for (let index = 0; index < list.count; index++) {
    const offset = list.entriesOffset + index * UNLOADED_MODULE_SIZE;
    const baseOfImage = stream.u64(offset);
    const sizeOfImage = stream.u32(offset + 8);
    if (sizeOfImage === 0 || baseOfImage + BigInt(sizeOfImage) > 0xffffffffffffffffn) {
      throw new MinidumpError(
        'StreamSizeMismatch',
        `unloaded module ${index} has an invalid size ${sizeOfImage} at base 0x${baseOfImage.toString(16)}`,
        { streamType: StreamType.UnloadedModuleList, actual: sizeOfImage },
      );
    }
    modules.push({
      baseOfImage,
      sizeOfImage,
      checksum: stream.u32(offset + 12),
      timeDateStamp: stream.u32(offset + 16),
      name: readMinidumpString(dump.file, stream.u32(offset + 20)),
    });
  }
  return modules;
}
