import { MAX_INDEXED_ADDRESS } from './field-reader.js';
import { readDecimalField, readHexField, skipSeparator } from './number-fields.js';

const SPACE = 0x20;
const TAB = 0x09;

/** Where INLINE ranges go: the open FUNC (FunctionTableBuilder). */
export interface InlineRecordSink {
  /** Adds one address range of an INLINE record. */
  addInline(
    depth: number,
    start: number,
    size: number,
    callFile: number,
    callLine: number,
    origin: number,
  ): void;
  /** Well-formed records thrown away (here: ranges at or above 2^53). */
  discardedRecords: number;
}

/**
 * Reads the fields of an INLINE record, `<depth> <call line> <call file> <origin>
 * (<address> <size>)+`, with a local position (see number-fields.ts). It stops at the first
 * byte after a range that is not a separator, so the line machine can call it with the line's
 * end already known and the line-record run without it (a third of an inline-heavy file's
 * lines are INLINE records, most of them among line records).
 */
export class InlineRecordReader {
  /** depth, call line, call file, origin of the last record read. */
  private readonly header = new Float64Array(4);
  /** Address and size of each range of the last record read. */
  private ranges = new Float64Array(16);
  private rangeCount = 0;

  /**
   * Reads the fields from `at` (after the keyword and its separator); returns where they end,
   * or -1 when one is malformed. Nothing is stored until `store`.
   */
  read(bytes: Uint8Array, at: number): number {
    const header = this.header;
    for (let field = 0; field < 4; field++) {
      at = readDecimalField(bytes, at, header, field);
      if (at >= 0) at = skipSeparator(bytes, at);
      if (at < 0) return -1;
    }
    let rangeCount = 0;
    for (;;) {
      if (2 * rangeCount + 2 > this.ranges.length) {
        const bigger = new Float64Array(this.ranges.length * 2);
        bigger.set(this.ranges);
        this.ranges = bigger;
      }
      at = readHexField(bytes, at, 16, this.ranges, 2 * rangeCount);
      if (at >= 0) at = skipSeparator(bytes, at);
      if (at >= 0) at = readHexField(bytes, at, 8, this.ranges, 2 * rangeCount + 1);
      if (at < 0) return -1;
      rangeCount++;
      const byte = bytes[at];
      if (byte !== SPACE && byte !== TAB) break;
      at = skipSeparator(bytes, at);
    }
    this.rangeCount = rangeCount;
    return at;
  }

  /** Adds the ranges of the record just read to `sink`. */
  store(sink: InlineRecordSink): void {
    const { header, ranges } = this;
    const depth = header[0]!;
    const callLine = header[1]!;
    const callFile = header[2]!;
    const origin = header[3]!;
    for (let index = 0; index < this.rangeCount; index++) {
      const address = ranges[2 * index]!;
      if (address > MAX_INDEXED_ADDRESS) sink.discardedRecords++;
      else sink.addInline(depth, address, ranges[2 * index + 1]!, callFile, callLine, origin);
    }
  }
}
