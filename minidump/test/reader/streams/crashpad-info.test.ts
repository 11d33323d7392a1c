import { describe, expect, it } from 'vitest';
import { readMinidump } from '../../../src/reader/minidump.js';
import { MinidumpError } from '../../../src/reader/minidump-error.js';
import { readCrashpadInfo } from '../../../src/reader/streams/crashpad-info.js';
import { ByteSink } from '../../../src/writer/byte-sink.js';
import { MinidumpWriter } from '../../../src/writer/minidump-writer.js';

const CRASHPAD_INFO = 0x43500001;
type Place = (bytes: Uint8Array) => number;

/** A MinidumpUTF8String: length, bytes, NUL. */
function utf8String(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  return new ByteSink().u32(bytes.length).bytes(bytes).u8(0).finish();
}

/** A location descriptor (size, RVA) of `bytes` placed in the file. */
function location(sink: ByteSink, place: Place, bytes: Uint8Array): ByteSink {
  return sink.u32(bytes.length).u32(place(bytes));
}

function dictionary(place: Place, entries: ReadonlyArray<[string, string]>): Uint8Array {
  const sink = new ByteSink().u32(entries.length);
  for (const [key, value] of entries)
    sink.u32(place(utf8String(key))).u32(place(utf8String(value)));
  return sink.finish();
}

/** The stream: client annotations, and one module (index 3) with every kind of annotation. */
function crashpadStream(place: Place, version = 1): Uint8Array {
  const list = new ByteSink().u32(2);
  for (const text of ['first', 'second']) list.u32(place(utf8String(text)));
  const objects = new ByteSink().u32(2);
  const stringValue = new ByteSink().u32(3).bytes(new TextEncoder().encode('yes')).finish();
  objects
    .u32(place(utf8String('typed')))
    .u16(1)
    .u16(0)
    .u32(place(stringValue));
  objects
    .u32(place(utf8String('opaque')))
    .u16(0x8001)
    .u16(0)
    .u32(place(stringValue));
  const moduleInfo = new ByteSink().u32(1);
  location(moduleInfo, place, list.finish());
  location(moduleInfo, place, dictionary(place, [['module-key', 'module-value']]));
  location(moduleInfo, place, objects.finish());
  const modules = new ByteSink().u32(1).u32(3);
  location(modules, place, moduleInfo.finish());
  const stream = new ByteSink()
    .u32(version)
    .bytes(new Uint8Array(16).fill(0xaa))
    .bytes(new Uint8Array(16).fill(0xbb));
  location(stream, place, dictionary(place, [['product', 'Cairn']]));
  location(stream, place, modules.finish());
  return stream.finish();
}

describe('CrashpadInfo stream', () => {
  it('reads ids, client annotations and each module’s list, simple and typed annotations', () => {
    const info = readCrashpadInfo(
      readMinidump(
        new MinidumpWriter().rawStream(CRASHPAD_INFO, (place) => crashpadStream(place)).build(),
      ),
    );
    expect(info?.reportId).toEqual(new Uint8Array(16).fill(0xaa));
    expect(info?.clientId).toEqual(new Uint8Array(16).fill(0xbb));
    expect(info?.simpleAnnotations).toEqual(new Map([['product', 'Cairn']]));
    expect(info?.modules).toEqual([
      {
        moduleIndex: 3,
        listAnnotations: ['first', 'second'],
        simpleAnnotations: new Map([['module-key', 'module-value']]),
        annotationObjects: new Map([
          ['typed', 'yes'],
          ['opaque', undefined],
        ]),
      },
    ]);
  });

  it('refuses version 0', () => {
    expect.assertions(1);
    const dump = readMinidump(
      new MinidumpWriter().rawStream(CRASHPAD_INFO, (place) => crashpadStream(place, 0)).build(),
    );
    try {
      readCrashpadInfo(dump);
    } catch (error) {
      expect((error as MinidumpError).kind).toBe('StreamReadFailure');
    }
  });

  it('refuses an annotation count that does not fit its location, without allocating for it', () => {
    expect.assertions(2);
    const dump = readMinidump(
      new MinidumpWriter()
        .rawStream(CRASHPAD_INFO, (place) => {
          const stream = new ByteSink().u32(1).zeros(32);
          location(stream, place, new ByteSink().u32(0x10000000).finish());
          return stream.u32(0).u32(0).finish();
        })
        .build(),
    );
    try {
      readCrashpadInfo(dump);
    } catch (error) {
      expect(error).toBeInstanceOf(MinidumpError);
      expect((error as MinidumpError).kind).toBe('DataOutOfBounds');
    }
  });
});
