import { HEX_DIGIT_VALUES } from './field-reader.js';
import type { InlineRecordReader, InlineRecordSink } from './inline-record.js';
import { skipSeparator, wideDecimalValue, wideHexValue } from './number-fields.js';

const CARRIAGE_RETURN = 0x0d;
const NEWLINE = 0x0a;
const ZERO = 0x30;
/** `INLINE ` */
const INLINE_KEYWORD = Uint8Array.of(0x49, 0x4e, 0x4c, 0x49, 0x4e, 0x45, 0x20);

/** Where line records and INLINE ranges go: the open FUNC (FunctionTableBuilder). */
export interface LineRecordSink extends InlineRecordSink {
  /** Adds a line record covering [start, end). */
  addLine(start: number, end: number, lineNumber: number, fileId: number): void;
}

/**
 * The hot path of symbol-file parsing: the run of line records (`<hex address> <hex size>
 * <line> <file id>` ending in `\r*\n`) that follows a FUNC, most of a large file. They go
 * straight into the FUNC's columns, so the line machine's general path runs once per run
 * instead of once per line. Field rules are number-fields.ts's, whose digit loops are written
 * out here again: V8 inlines only part of a function's calls (a budget of bytecode per
 * function), and with eight field reads it left half of them as calls, a fifth of the time.
 */
export class LineRecordRun {
  /** Lines read by the last `read`. */
  linesRead = 0;

  /** `inline` reads the INLINE records among the line records (the record parsers share it). */
  constructor(private readonly inline: InlineRecordReader) {}

  /**
   * Reads line records from `position` up to the first line that is not a well-formed line
   * record of at most `maxLineBytes`, and returns that line's position (`end` when none).
   * `bytes[end - 1]` must be a newline.
   */
  read(
    bytes: Uint8Array,
    position: number,
    end: number,
    maxLineBytes: number,
    sink: LineRecordSink,
  ): number {
    // Module-level constants and imports are read through their module's context (with a
    // not-yet-initialized check) on every use; local copies measured 5–10 % faster here.
    const hexDigitValues = HEX_DIGIT_VALUES;
    const zero = ZERO;
    const carriageReturn = CARRIAGE_RETURN;
    const newline = NEWLINE;
    let count = 0;
    while (position < end) {
      let at = position;
      let digit = hexDigitValues[bytes[at]!]!;
      if (digit < 0) {
        const next = this.readInline(bytes, position, maxLineBytes, sink);
        if (next < 0) break;
        count++;
        position = next;
        continue;
      }
      let value = 0;
      do {
        value = (value << 4) | digit;
        digit = hexDigitValues[bytes[++at]!]!;
      } while (digit >= 0);
      if (at - position > 16) break;
      const address = at - position <= 8 ? value >>> 0 : wideHexValue(bytes, position, at);

      at = skipSeparator(bytes, at);
      if (at < 0) break;
      let fieldStart = at;
      digit = hexDigitValues[bytes[at]!]!;
      if (digit < 0) break;
      value = 0;
      do {
        value = (value << 4) | digit;
        digit = hexDigitValues[bytes[++at]!]!;
      } while (digit >= 0);
      if (at - fieldStart > 8) break;
      const size = value >>> 0;

      at = skipSeparator(bytes, at);
      if (at < 0) break;
      fieldStart = at;
      digit = bytes[at]! - zero;
      if (digit >>> 0 > 9) break;
      value = 0;
      do {
        value = (Math.imul(value, 10) + digit) | 0;
        digit = bytes[++at]! - zero;
      } while (digit >>> 0 <= 9);
      const lineNumber = at - fieldStart <= 9 ? value : wideDecimalValue(bytes, fieldStart, at);
      if (at - fieldStart > 10 || lineNumber > 0xffff_ffff) break;

      at = skipSeparator(bytes, at);
      if (at < 0) break;
      fieldStart = at;
      digit = bytes[at]! - zero;
      if (digit >>> 0 > 9) break;
      value = 0;
      do {
        value = (Math.imul(value, 10) + digit) | 0;
        digit = bytes[++at]! - zero;
      } while (digit >>> 0 <= 9);
      const fileId = at - fieldStart <= 9 ? value : wideDecimalValue(bytes, fieldStart, at);
      if (at - fieldStart > 10 || fileId > 0xffff_ffff) break;

      let byte = bytes[at]!;
      while (byte === carriageReturn) byte = bytes[++at]!;
      if (byte !== newline || at - position > maxLineBytes) break;
      sink.addLine(address, address + size, lineNumber, fileId);
      count++;
      position = at + 1;
    }
    this.linesRead = count;
    return position;
  }

  /**
   * Reads an INLINE record at `position` into `sink` (with exactly one space after the keyword,
   * as the reference requires among a FUNC's lines); returns the next line's position, or -1
   * when the line is something else, malformed or over-long.
   */
  private readInline(
    bytes: Uint8Array,
    position: number,
    maxLineBytes: number,
    sink: LineRecordSink,
  ): number {
    const keyword = INLINE_KEYWORD;
    for (let index = 0; index < keyword.length; index++) {
      if (bytes[position + index] !== keyword[index]) return -1;
    }
    let at = skipSeparator(bytes, position + keyword.length - 1);
    at = this.inline.read(bytes, at);
    if (at < 0) return -1;
    let byte = bytes[at]!;
    while (byte === CARRIAGE_RETURN) byte = bytes[++at]!;
    if (byte !== NEWLINE || at - position > maxLineBytes) return -1;
    this.inline.store(sink);
    return at + 1;
  }
}
