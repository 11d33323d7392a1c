import { describe, expect, it } from 'vitest';
import { readMinidump } from '../../../src/reader/minidump.js';
import { MinidumpError } from '../../../src/reader/minidump-error.js';
import { readMacCrashInfo } from '../../../src/reader/streams/mac-crash-info.js';
import { ByteSink } from '../../../src/writer/byte-sink.js';
import { MinidumpWriter } from '../../../src/writer/minidump-writer.js';

const MOZ_MACOS_CRASH_INFO = 0x4d7a0001;
/** Where a record's strings start: after the version-5 fixed fields. */
const RECORD_START_SIZE = 40;

/** One `__crash_info` record: fixed fields, then five NUL-terminated strings. */
function crashInfoRecord(version: bigint, strings: readonly string[], fields = [0n, 0n, 0n]) {
  const sink = new ByteSink().u64(0n).u64(version);
  for (const field of fields) sink.u64(field);
  for (const text of strings) sink.bytes(new TextEncoder().encode(`${text}\0`));
  return sink.finish();
}

/** The stream: header, then 20 record descriptors (size, RVA), the unused ones zero. */
function dumpWithRecords(records: readonly Uint8Array[], recordStartSize = RECORD_START_SIZE) {
  return readMinidump(
    new MinidumpWriter()
      .rawStream(MOZ_MACOS_CRASH_INFO, (place) => {
        const sink = new ByteSink()
          .u32(MOZ_MACOS_CRASH_INFO)
          .u32(records.length)
          .u32(recordStartSize);
        for (const record of records) sink.u32(record.length).u32(place(record));
        return sink.zeros((20 - records.length) * 8).finish();
      })
      .build(),
  );
}

describe('MozMacosCrashInfo stream', () => {
  it('reads the fixed fields and strings of version-5 records, empty ones as absent', () => {
    const dump = dumpWithRecords([
      crashInfoRecord(
        5n,
        ['/usr/lib/libsystem_c.dylib', 'abort() called', '', 'bt', ''],
        [0x1234n, 0n, 0x77n],
      ),
    ]);
    expect(readMacCrashInfo(dump)).toEqual([
      {
        version: 5n,
        thread: 0x1234n,
        dialogMode: undefined,
        abortCause: 0x77n,
        modulePath: '/usr/lib/libsystem_c.dylib',
        message: 'abort() called',
        signatureString: undefined,
        backtrace: 'bt',
        message2: undefined,
      },
    ]);
  });

  it('reads neither abort cause before version 5 nor strings before version 4', () => {
    const v4 = readMacCrashInfo(
      dumpWithRecords([crashInfoRecord(4n, ['m', 'x', '', '', ''], [1n, 2n, 3n])]),
    );
    expect(v4?.[0]).toMatchObject({ thread: 1n, dialogMode: 2n, abortCause: undefined });
    expect(v4?.[0]?.message).toBe('x');
    const v3 = readMacCrashInfo(
      dumpWithRecords([crashInfoRecord(3n, ['m', 'x', '', '', ''], [1n, 2n, 3n])]),
    );
    expect(v3?.[0]).toMatchObject({ version: 3n, thread: undefined, modulePath: undefined });
  });

  it('refuses records of different versions', () => {
    expect.assertions(2);
    const dump = dumpWithRecords([
      crashInfoRecord(5n, ['a', 'b', 'c', 'd', 'e']),
      crashInfoRecord(4n, ['a', 'b', 'c', 'd', 'e']),
    ]);
    try {
      readMacCrashInfo(dump);
    } catch (error) {
      expect(error).toBeInstanceOf(MinidumpError);
      expect((error as MinidumpError).kind).toBe('StreamSizeMismatch');
    }
  });

  it('refuses a string that is not NUL-terminated', () => {
    expect.assertions(1);
    const record = crashInfoRecord(5n, ['only one string']);
    try {
      readMacCrashInfo(dumpWithRecords([record.subarray(0, record.length - 1)]));
    } catch (error) {
      expect((error as MinidumpError).kind).toBe('StringReadFailure');
    }
  });
});
