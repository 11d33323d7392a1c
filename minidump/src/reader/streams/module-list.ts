import { StreamType } from '../../format/stream-type.js';
import type { ByteView } from '../byte-view.js';
import { MinidumpError } from '../minidump-error.js';
import { readListCount } from '../list-stream.js';
import { findStream, type Minidump } from '../minidump.js';
import { readMinidumpString } from '../strings.js';
import { parseCodeView, type CodeView } from './codeview.js';

/** VS_FIXEDFILEINFO fields the processor uses. */
export interface FixedFileInfo {
  readonly signature: number;
  readonly structVersion: number;
  readonly fileVersionHi: number;
  readonly fileVersionLo: number;
  readonly productVersionHi: number;
  readonly productVersionLo: number;
}

/** One loaded module (MINIDUMP_MODULE) with its name and CodeView record resolved. */
export interface MinidumpModule {
  readonly baseOfImage: bigint;
  readonly sizeOfImage: number;
  readonly checksum: number;
  readonly timeDateStamp: number;
  /** The module's path as the dump records it (the "code file"). */
  readonly name: string;
  readonly versionInfo: FixedFileInfo;
  readonly codeView: CodeView | undefined;
}

const MODULE_SIZE = 108;

/**
 * Reads the ModuleList stream. Entries with a zero size or a range that overflows 64 bits are
 * dropped; an unreadable name or CodeView record fails the whole stream, as in the reference.
 */
export function readModuleList(dump: Minidump): MinidumpModule[] | undefined {
  const stream = findStream(dump, StreamType.ModuleList);
  if (stream === undefined) return undefined;
  const count = readListCount(stream, MODULE_SIZE, StreamType.ModuleList);
  const modules: MinidumpModule[] = [];
  for (let index = 0; index < count; index++) {
    const offset = 4 + index * MODULE_SIZE;
    const baseOfImage = stream.u64(offset);
    const sizeOfImage = stream.u32(offset + 8);
    if (sizeOfImage === 0 || baseOfImage + BigInt(sizeOfImage) > 0xffffffffffffffffn) continue;
    modules.push({
      baseOfImage,
      sizeOfImage,
      checksum: stream.u32(offset + 12),
      timeDateStamp: stream.u32(offset + 16),
      name: readModuleName(dump.file, stream.u32(offset + 20)),
      versionInfo: readFixedFileInfo(stream, offset + 24),
      codeView: readCodeViewAt(dump.file, stream.u32(offset + 76), stream.u32(offset + 80)),
    });
  }
  return modules;
}

function readModuleName(file: ByteView, rva: number): string {
  try {
    return readMinidumpString(file, rva);
  } catch (error) {
    throw new MinidumpError('CodeViewReadFailure', `module name at offset ${rva} is unreadable`, {
      streamType: StreamType.ModuleList,
      offset: rva,
      cause: error,
    });
  }
}

function readFixedFileInfo(stream: ByteView, offset: number): FixedFileInfo {
  return {
    signature: stream.u32(offset),
    structVersion: stream.u32(offset + 4),
    fileVersionHi: stream.u32(offset + 8),
    fileVersionLo: stream.u32(offset + 12),
    productVersionHi: stream.u32(offset + 16),
    productVersionLo: stream.u32(offset + 20),
  };
}

function readCodeViewAt(file: ByteView, dataSize: number, rva: number): CodeView | undefined {
  if (dataSize === 0) return undefined;
  const codeView = file.contains(rva, dataSize)
    ? parseCodeView(file.slice(rva, dataSize))
    : undefined;
  if (codeView === undefined) {
    throw new MinidumpError(
      'CodeViewReadFailure',
      `CodeView record (${dataSize} bytes at offset ${rva}) is unreadable`,
      { streamType: StreamType.ModuleList, offset: rva, expected: dataSize },
    );
  }
  return codeView;
}
