import { StreamType } from '../../format/stream-type.js';
import { MinidumpError } from '../minidump-error.js';
import { findStream, type Minidump } from '../minidump.js';
import { decodeUtf8 } from '../strings.js';

/** One macOS `__crash_info` record; fixed fields and strings exist from version 4 on. */
export interface MacCrashInfoRecord {
  readonly version: bigint;
  readonly thread: bigint | undefined;
  readonly dialogMode: bigint | undefined;
  readonly abortCause: bigint | undefined;
  readonly modulePath: string | undefined;
  readonly message: string | undefined;
  readonly signatureString: string | undefined;
  readonly backtrace: string | undefined;
  readonly message2: string | undefined;
}

const MAX_RECORDS = 20;
const RECORDS_OFFSET = 12;
const STRING_COUNT = 5;

/**
 * Reads the MozMacosCrashInfo stream. Every record must have the same version (they share the
 * `record_start_size` offset of their strings); a mix fails the stream.
 */
export function readMacCrashInfo(dump: Minidump): MacCrashInfoRecord[] | undefined {
  const stream = findStream(dump, StreamType.MozMacosCrashInfo);
  if (stream === undefined) return undefined;
  stream.check(0, RECORDS_OFFSET + MAX_RECORDS * 8);
  const recordCount = Math.min(stream.u32(4), MAX_RECORDS);
  const stringsOffset = stream.u32(8);
  const records: MacCrashInfoRecord[] = [];
  let previousVersion: bigint | undefined;
  for (let index = 0; index < recordCount; index++) {
    const size = stream.u32(RECORDS_OFFSET + index * 8);
    const rva = stream.u32(RECORDS_OFFSET + index * 8 + 4);
    const record = dump.file.slice(rva, size);
    const version = record.u64(8);
    if (previousVersion !== undefined && previousVersion !== version) {
      throw new MinidumpError(
        'StreamSizeMismatch',
        `MozMacosCrashInfo mixes record versions ${previousVersion} and ${version}`,
        { streamType: StreamType.MozMacosCrashInfo },
      );
    }
    previousVersion = version;
    const fixedSize = version >= 5n ? 40 : version >= 4n ? 32 : 16;
    if (fixedSize > stringsOffset) {
      throw new MinidumpError(
        'StreamSizeMismatch',
        `MozMacosCrashInfo record_start_size ${stringsOffset} is smaller than the fixed fields`,
        { streamType: StreamType.MozMacosCrashInfo, expected: fixedSize, actual: stringsOffset },
      );
    }
    record.check(0, fixedSize);
    const strings = version >= 4n ? readCStrings(record.bytes, stringsOffset, rva) : [];
    const nonZero = (value: bigint): bigint | undefined => (value === 0n ? undefined : value);
    const nonEmpty = (value: string | undefined): string | undefined =>
      value === undefined || value === '' ? undefined : value;
    records.push({
      version,
      thread: version >= 4n ? nonZero(record.u64(16)) : undefined,
      dialogMode: version >= 4n ? nonZero(record.u64(24)) : undefined,
      abortCause: version >= 5n ? nonZero(record.u64(32)) : undefined,
      modulePath: nonEmpty(strings[0]),
      message: nonEmpty(strings[1]),
      signatureString: nonEmpty(strings[2]),
      backtrace: nonEmpty(strings[3]),
      message2: nonEmpty(strings[4]),
    });
  }
  return records;
}

function readCStrings(bytes: Uint8Array, start: number, rva: number): string[] {
  const strings: string[] = [];
  let offset = start;
  for (let index = 0; index < STRING_COUNT; index++) {
    const end = bytes.indexOf(0, offset);
    if (offset > bytes.length || end < 0) {
      throw new MinidumpError(
        'StringReadFailure',
        `MozMacosCrashInfo string ${index} of the record at offset ${rva} is not NUL-terminated`,
        { streamType: StreamType.MozMacosCrashInfo, offset: rva + offset },
      );
    }
    strings.push(decodeUtf8(bytes.subarray(offset, end), rva + offset));
    offset = end + 1;
  }
  return strings;
}
