import { MINIDUMP_SIGNATURE, MINIDUMP_VERSION } from '../format/stream-type.js';
import { ByteView } from './byte-view.js';
import { MinidumpError } from './minidump-error.js';

/** MINIDUMP_HEADER (32 bytes at offset 0). */
export interface MinidumpHeader {
  readonly signature: number;
  readonly version: number;
  readonly streamCount: number;
  readonly streamDirectoryRva: number;
  readonly checksum: number;
  /** Seconds since the Unix epoch when the dump was written. */
  readonly timeDateStamp: number;
  readonly flags: bigint;
}

/** One MINIDUMP_DIRECTORY entry: where a stream's bytes are. */
export interface DirectoryEntry {
  readonly streamType: number;
  readonly dataSize: number;
  readonly rva: number;
}

/** A parsed header and directory over the dump's bytes; streams are read on demand. */
export interface Minidump {
  /** The whole file, in the dump's byte order. */
  readonly file: ByteView;
  readonly header: MinidumpHeader;
  /** Stream type → entry; when a type appears twice the later entry wins (as the reference does). */
  readonly directory: ReadonlyMap<number, DirectoryEntry>;
}

const HEADER_SIZE = 32;
const DIRECTORY_ENTRY_SIZE = 12;

/**
 * Reads the header and stream directory of a minidump. Throws `MinidumpError` with kind
 * `MissingHeader`, `HeaderMismatch`, `VersionMismatch` or `MissingDirectory`.
 */
export function readMinidump(bytes: Uint8Array): Minidump {
  if (bytes.byteLength < HEADER_SIZE) {
    throw new MinidumpError(
      'MissingHeader',
      `a minidump starts with a 32-byte header; the data has ${bytes.byteLength} bytes`,
      { expected: HEADER_SIZE, actual: bytes.byteLength },
    );
  }
  const file = detectByteOrder(bytes);
  const header = readHeader(file);
  if ((header.version & 0xffff) !== MINIDUMP_VERSION) {
    throw new MinidumpError(
      'VersionMismatch',
      `minidump version 0x${(header.version & 0xffff).toString(16)} is not 0xa793`,
      { expected: MINIDUMP_VERSION, actual: header.version & 0xffff },
    );
  }
  const directorySize = header.streamCount * DIRECTORY_ENTRY_SIZE;
  if (!file.contains(header.streamDirectoryRva, directorySize)) {
    throw new MinidumpError(
      'MissingDirectory',
      `the stream directory (${header.streamCount} entries at offset ${header.streamDirectoryRva}) lies outside the ${file.length}-byte file`,
      { offset: header.streamDirectoryRva, expected: directorySize, actual: file.length },
    );
  }
  const directory = new Map<number, DirectoryEntry>();
  for (let index = 0; index < header.streamCount; index++) {
    const offset = header.streamDirectoryRva + index * DIRECTORY_ENTRY_SIZE;
    const entry: DirectoryEntry = {
      streamType: file.u32(offset),
      dataSize: file.u32(offset + 4),
      rva: file.u32(offset + 8),
    };
    directory.set(entry.streamType, entry);
  }
  return { file, header, directory };
}

function detectByteOrder(bytes: Uint8Array): ByteView {
  const littleEndian = new ByteView(bytes, true);
  if (littleEndian.u32(0) === MINIDUMP_SIGNATURE) return littleEndian;
  const bigEndian = new ByteView(bytes, false);
  if (bigEndian.u32(0) === MINIDUMP_SIGNATURE) return bigEndian;
  throw new MinidumpError(
    'HeaderMismatch',
    `the file does not start with the "MDMP" signature (found 0x${littleEndian.u32(0).toString(16).padStart(8, '0')})`,
    { expected: MINIDUMP_SIGNATURE, actual: littleEndian.u32(0) },
  );
}

function readHeader(file: ByteView): MinidumpHeader {
  return {
    signature: file.u32(0),
    version: file.u32(4),
    streamCount: file.u32(8),
    streamDirectoryRva: file.u32(12),
    checksum: file.u32(16),
    timeDateStamp: file.u32(20),
    flags: file.u64(24),
  };
}

/**
 * The bytes of a stream, or undefined when the dump has none of that type. Throws
 * `StreamReadFailure` when the directory entry points outside the file.
 */
export function findStream(dump: Minidump, streamType: number): ByteView | undefined {
  const entry = dump.directory.get(streamType);
  if (entry === undefined) return undefined;
  if (!dump.file.contains(entry.rva, entry.dataSize)) {
    throw new MinidumpError(
      'StreamReadFailure',
      `stream 0x${streamType.toString(16)} (${entry.dataSize} bytes at offset ${entry.rva}) lies outside the ${dump.file.length}-byte file`,
      { streamType, offset: entry.rva, expected: entry.dataSize, actual: dump.file.length },
    );
  }
  return dump.file.slice(entry.rva, entry.dataSize);
}
