import { StreamType } from '../../format/stream-type.js';
import type { ByteView } from '../byte-view.js';
import { MinidumpError } from '../minidump-error.js';
import { findStream, type Minidump } from '../minidump.js';
import { decodeUtf8 } from '../strings.js';

/** Crashpad's per-module annotations. */
export interface CrashpadModuleInfo {
  readonly moduleIndex: number;
  readonly listAnnotations: string[];
  readonly simpleAnnotations: Map<string, string>;
  /** Typed annotation objects; only string-typed values are decoded, others are undefined. */
  readonly annotationObjects: Map<string, string | undefined>;
}

/** The CrashpadInfo stream: report and client ids plus annotations. */
export interface CrashpadInfo {
  readonly version: number;
  readonly reportId: Uint8Array;
  readonly clientId: Uint8Array;
  readonly simpleAnnotations: Map<string, string>;
  readonly modules: CrashpadModuleInfo[];
}

const ANNOTATION_TYPE_STRING = 1;

/** Reads the CrashpadInfo stream; a zero version is invalid and fails the stream. */
export function readCrashpadInfo(dump: Minidump): CrashpadInfo | undefined {
  const stream = findStream(dump, StreamType.CrashpadInfo);
  if (stream === undefined) return undefined;
  stream.check(0, 52);
  const version = stream.u32(0);
  if (version === 0) {
    throw new MinidumpError('StreamReadFailure', 'CrashpadInfo version 0 is invalid', {
      streamType: StreamType.CrashpadInfo,
    });
  }
  const file = dump.file;
  return {
    version,
    reportId: stream.bytes.slice(4, 20),
    clientId: stream.bytes.slice(20, 36),
    simpleAnnotations: readSimpleDictionary(file, locationAt(file, stream, 36)),
    modules: readModuleLinks(file, locationAt(file, stream, 44)),
  };
}

function locationAt(file: ByteView, view: ByteView, offset: number): ByteView {
  const size = view.u32(offset);
  const rva = view.u32(offset + 4);
  return file.slice(rva, size);
}

/** A count-prefixed array whose entries must all fit inside its location. */
function countedEntries(data: ByteView, entrySize: number): number {
  if (data.length === 0) return 0;
  const count = data.u32(0);
  data.check(4, count * entrySize);
  return count;
}

function readUtf8String(file: ByteView, rva: number): string {
  const length = file.u32(rva);
  file.check(rva + 4, length + 1);
  if (file.bytes[rva + 4 + length] !== 0) {
    throw new MinidumpError(
      'StringReadFailure',
      `UTF-8 string at offset ${rva} is not NUL-terminated`,
      {
        offset: rva,
      },
    );
  }
  return decodeUtf8(file.bytes.subarray(rva + 4, rva + 4 + length), rva);
}

function readSimpleDictionary(file: ByteView, data: ByteView): Map<string, string> {
  const dictionary = new Map<string, string>();
  const count = countedEntries(data, 8);
  for (let index = 0; index < count; index++) {
    const key = readUtf8String(file, data.u32(4 + index * 8));
    dictionary.set(key, readUtf8String(file, data.u32(8 + index * 8)));
  }
  return dictionary;
}

function readStringList(file: ByteView, data: ByteView): string[] {
  const count = countedEntries(data, 4);
  const strings: string[] = [];
  for (let index = 0; index < count; index++)
    strings.push(readUtf8String(file, data.u32(4 + index * 4)));
  return strings;
}

function readAnnotationObjects(file: ByteView, data: ByteView): Map<string, string | undefined> {
  const objects = new Map<string, string | undefined>();
  const count = countedEntries(data, 12);
  for (let index = 0; index < count; index++) {
    const offset = 4 + index * 12;
    const name = readUtf8String(file, data.u32(offset));
    const type = data.u16(offset + 4);
    const valueRva = data.u32(offset + 8);
    let value: string | undefined;
    if (type === ANNOTATION_TYPE_STRING) {
      const length = file.u32(valueRva);
      file.check(valueRva + 4, length);
      value = decodeUtf8(file.bytes.subarray(valueRva + 4, valueRva + 4 + length), valueRva);
    }
    objects.set(name, value);
  }
  return objects;
}

function readModuleLinks(file: ByteView, data: ByteView): CrashpadModuleInfo[] {
  const count = countedEntries(data, 12);
  const modules: CrashpadModuleInfo[] = [];
  for (let index = 0; index < count; index++) {
    const offset = 4 + index * 12;
    const info = locationAt(file, data, offset + 4);
    info.check(0, 28);
    modules.push({
      moduleIndex: data.u32(offset),
      listAnnotations: readStringList(file, locationAt(file, info, 4)),
      simpleAnnotations: readSimpleDictionary(file, locationAt(file, info, 12)),
      annotationObjects: readAnnotationObjects(file, locationAt(file, info, 20)),
    });
  }
  return modules;
}
