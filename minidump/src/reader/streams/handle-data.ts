import { StreamType } from '../../format/stream-type.js';
import type { ByteView } from '../byte-view.js';
import { readExtendedListHeader } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';
import { readMinidumpString } from '../strings.js';

/** One MINIDUMP_HANDLE_DESCRIPTOR (v1 or v2). */
export interface MinidumpHandle {
  readonly handle: bigint;
  readonly typeName: string | undefined;
  readonly objectName: string | undefined;
  readonly attributes: number;
  readonly grantedAccess: number;
  readonly handleCount: number;
  readonly pointerCount: number;
}

const DESCRIPTOR_V1_SIZE = 32;
const DESCRIPTOR_V2_SIZE = 40;

/** Reads the HandleData stream; undefined when the dump has none. */
export function readHandleData(dump: Minidump): MinidumpHandle[] | undefined {
  const stream = findStream(dump, StreamType.HandleData);
  if (stream === undefined) return undefined;
  const list = readExtendedListHeader(
    stream,
    [DESCRIPTOR_V1_SIZE, DESCRIPTOR_V2_SIZE],
    StreamType.HandleData,
    false,
  );
  const handles: MinidumpHandle[] = [];
  for (let index = 0; index < list.count; index++) {
    const offset = list.entriesOffset + index * list.entrySize;
    handles.push({
      handle: stream.u64(offset),
      typeName: optionalString(dump.file, stream.u32(offset + 8)),
      objectName: optionalString(dump.file, stream.u32(offset + 12)),
      attributes: stream.u32(offset + 16),
      grantedAccess: stream.u32(offset + 20),
      handleCount: stream.u32(offset + 24),
      pointerCount: stream.u32(offset + 28),
    });
  }
  return handles;
}

function optionalString(file: ByteView, rva: number): string | undefined {
  if (rva === 0) return undefined;
  try {
    return readMinidumpString(file, rva);
  } catch {
    return undefined;
  }
}
