import { isUtf8 } from 'node:buffer';
import type { SymbolFile } from '../symbol-file.js';
import { FieldReader } from './field-reader.js';
import { readLineRecord } from './line-record.js';
import { KEYWORDS, RecordParsers, type RecordResult } from './record-parsers.js';
import { SymbolFileBuilder } from './symbol-file-builder.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Lines longer than this are skipped (counted as discarded, not corrupt). The reference's
 * streaming buffer stops growing at 160 KiB and then discards the line the same way.
 */
export const MAX_LINE_BYTES = 160 * 1024;

/** Which multi-line record the following sub-lines belong to. */
const enum OpenRecord {
  None,
  Func,
  StackCfi,
}

/** One kind of top-level record: its keyword, its parser, and what sub-lines it opens. */
interface TopLevelRecord {
  readonly keyword: Uint8Array;
  readonly opens: OpenRecord;
  readonly parse: () => RecordResult;
}

/** Options for createSymbolFileParser. */
export interface SymbolFileParserOptions {
  /** Expected file size, used to pre-size the index. @defaultValue 0 (unknown) */
  readonly sizeHintBytes?: number;
}

/** A streaming symbol-file parser: feed chunks with `write`, then call `finish` once. */
export interface SymbolFileParser {
  /** Parses every complete line of `chunk` (the incomplete tail waits for the next chunk). */
  write(chunk: Uint8Array): void;
  /** Parses what is left and returns the indexed file. */
  finish(): SymbolFile;
}

/** Creates a streaming parser for Breakpad text symbol files. */
export function createSymbolFileParser(options: SymbolFileParserOptions = {}): SymbolFileParser {
  return new LineMachine(options.sizeHintBytes ?? 0);
}

/** Parses a whole symbol file held in memory. */
export function parseSymbolFile(contents: Uint8Array | string): SymbolFile {
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
  const parser = createSymbolFileParser({ sizeHintBytes: bytes.length });
  parser.write(bytes);
  return parser.finish();
}

/**
 * The line-by-line state machine. Lenient: an unparseable line is dropped and counted, and
 * `corruptReason` records the first thing that would make rust-minidump reject the file.
 */
class LineMachine implements SymbolFileParser {
  private readonly builder: SymbolFileBuilder;
  private readonly reader = new FieldReader();
  private readonly lineRecordFields = new Float64Array(4);
  private readonly records: RecordParsers;
  private open = OpenRecord.None;
  /** After a top-level record the reference skips any whitespace, blank lines included. */
  private mayStartWithWhitespace = false;
  private sawRecord = false;
  private corruptReason: string | null = null;
  private droppedLines = 0;
  private discardedRecords = 0;
  private lineCount = 0;
  private byteCount = 0;
  private pending: Buffer = Buffer.alloc(0);
  private skippingLongLine = false;
  private finished = false;
  /** Position of the next `\r` in the bytes being parsed (Infinity when none), to find them cheaply. */
  private nextCarriageReturn = -1;

  constructor(sizeHintBytes: number) {
    this.builder = new SymbolFileBuilder(sizeHintBytes);
    this.records = new RecordParsers(this.reader, this.builder);
  }

  write(chunk: Uint8Array): void {
    if (this.finished) throw new Error('symbol file parser: write() after finish()');
    this.byteCount += chunk.length;
    let start = 0;
    if (this.skippingLongLine || this.pending.length > 0) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline < 0) {
        this.keepTail(chunk, 0);
        return;
      }
      if (this.skippingLongLine) {
        this.skippingLongLine = false;
        this.lineCount++;
        this.discardedRecords++;
      } else {
        const line = Buffer.concat([this.pending, chunk.subarray(0, newline + 1)]);
        this.parseLines(line, 0, line.length);
      }
      this.pending = Buffer.alloc(0);
      start = newline + 1;
    }
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline >= start) {
      this.parseLines(chunk, start, lastNewline + 1);
      start = lastNewline + 1;
    }
    this.keepTail(chunk, start);
  }

  finish(): SymbolFile {
    if (this.finished) throw new Error('symbol file parser: finish() called twice');
    this.finished = true;
    if (this.pending.length > 0) {
      // The reference stops with "unexpected EOF"; the lenient parse still reads the line.
      this.markCorrupt(this.lineCount + 1, 'the last line does not end with a newline');
      const line = Buffer.concat([this.pending, Buffer.of(NEWLINE)]);
      this.parseLines(line, 0, line.length);
    } else if (this.byteCount === 0) {
      this.markCorrupt(0, 'the file is empty');
    }
    if (this.skippingLongLine) {
      this.lineCount++;
      this.discardedRecords++;
    }
    return this.builder.finish({
      corruptReason: this.corruptReason,
      droppedLines: this.droppedLines,
      lineCount: this.lineCount,
      byteCount: this.byteCount,
      discardedRecords: this.discardedRecords,
    });
  }

  /** Keeps the incomplete last line for the next chunk (or skips it when it is too long). */
  private keepTail(chunk: Uint8Array, start: number): void {
    if (this.skippingLongLine || start >= chunk.length) return;
    if (this.pending.length + chunk.length - start > MAX_LINE_BYTES) {
      this.skippingLongLine = true;
      this.pending = Buffer.alloc(0);
      return;
    }
    this.pending = Buffer.concat([this.pending, chunk.subarray(start)]);
  }

  /** Parses the complete lines in `bytes[position, end)`; `bytes[end - 1]` is a newline. */
  private parseLines(bytes: Uint8Array, position: number, end: number): void {
    this.records.textIsUtf8 = isUtf8(bytes.subarray(position, end));
    this.nextCarriageReturn = -1;
    while (position < end) {
      this.lineCount++;
      if (this.open === OpenRecord.Func) {
        // Fast path for the most common line of all: a line record right after its FUNC.
        const next = this.readLineRecordFast(bytes, position, end);
        if (next >= 0) {
          position = next;
          continue;
        }
      }
      position = this.parseLine(bytes, position);
    }
  }

  /** Parses a line record ending in `\r*\n`; returns the next line's position or -1. */
  private readLineRecordFast(bytes: Uint8Array, position: number, end: number): number {
    const fields = this.lineRecordFields;
    const next = readLineRecord(bytes, position, end, fields);
    if (next < 0) return -1;
    this.records.addLine(fields[0]!, fields[1]!, fields[2]!, fields[3]!);
    this.mayStartWithWhitespace = false;
    this.sawRecord = true;
    return next;
  }

  /** Parses one line starting at `position`; returns the next line's position. */
  private parseLine(bytes: Uint8Array, position: number): number {
    const newline = bytes.indexOf(NEWLINE, position);
    const next = newline + 1;
    if (newline - position > MAX_LINE_BYTES) {
      this.discardedRecords++;
      return next;
    }
    let lineEnd = newline;
    while (lineEnd > position && bytes[lineEnd - 1] === CARRIAGE_RETURN) lineEnd--;
    let start = position;
    while (start < lineEnd && isLeadingWhitespace(bytes[start]!)) start++;
    if (start === lineEnd) {
      if (!this.mayStartWithWhitespace) this.markCorrupt(this.lineCount, 'unexpected blank line');
      return next;
    }
    if (start > position && !this.mayStartWithWhitespace) {
      this.markCorrupt(this.lineCount, 'unexpected leading whitespace');
    }
    if (this.nextCarriageReturn < start) {
      const found = bytes.indexOf(CARRIAGE_RETURN, start);
      this.nextCarriageReturn = found < 0 ? Infinity : found;
    }
    if (this.nextCarriageReturn < lineEnd) {
      this.dropLine('carriage return inside a line');
      return next;
    }
    this.reader.reset(bytes, start, lineEnd);
    if (this.parseSubLine()) {
      this.mayStartWithWhitespace = false;
      this.sawRecord = true;
      return next;
    }
    this.reader.reset(bytes, start, lineEnd);
    const problem = this.parseTopLevel();
    if (problem === null) {
      this.mayStartWithWhitespace = true;
      this.sawRecord = true;
    } else {
      this.dropLine(problem);
    }
    return next;
  }

  /** Parses a line belonging to the open FUNC or STACK CFI INIT; false when it is not one. */
  private parseSubLine(): boolean {
    const reader = this.reader;
    const records = this.records;
    if (this.open === OpenRecord.Func) {
      // The reference recognizes these two by their exact prefix with a single space.
      if (startsWithSpaceAfter(reader, KEYWORDS.inlineOrigin)) {
        reader.keyword(KEYWORDS.inlineOrigin);
        return records.parseIdName('inlineOrigins') === null;
      }
      if (startsWithSpaceAfter(reader, KEYWORDS.inline)) {
        reader.keyword(KEYWORDS.inline);
        return records.parseInline() === null;
      }
      return records.parseLineRecord() === null;
    }
    if (this.open === OpenRecord.StackCfi) {
      return reader.keyword(KEYWORDS.stackCfi) && records.parseStackCfiDelta() === null;
    }
    return false;
  }

  /** Parses a top-level record; returns why the line is rejected, or null. */
  private parseTopLevel(): RecordResult {
    const reader = this.reader;
    const start = reader.position;
    for (const candidate of this.topLevelRecords) {
      reader.position = start;
      if (!reader.keyword(candidate.keyword)) continue;
      // A recognized record ends the open FUNC / STACK CFI INIT even when it is malformed
      // (an unrecognized line does not: the lenient parse keeps collecting sub-lines).
      this.closeOpenRecord();
      const problem = candidate.parse();
      if (problem === null) this.open = candidate.opens;
      return problem;
    }
    return 'unrecognized record';
  }

  /**
   * Top-level records in the order the reference tries them (`INFO URL` before `INFO`,
   * `STACK WIN` before `STACK CFI INIT`); the first keyword that matches decides.
   */
  private readonly topLevelRecords: readonly TopLevelRecord[] = [
    { keyword: KEYWORDS.infoUrl, opens: OpenRecord.None, parse: () => this.records.parseInfoUrl() },
    { keyword: KEYWORDS.info, opens: OpenRecord.None, parse: () => null },
    {
      keyword: KEYWORDS.file,
      opens: OpenRecord.None,
      parse: () => this.records.parseIdName('files'),
    },
    {
      keyword: KEYWORDS.inlineOrigin,
      opens: OpenRecord.None,
      parse: () => this.records.parseIdName('inlineOrigins'),
    },
    { keyword: KEYWORDS.public, opens: OpenRecord.None, parse: () => this.records.parsePublic() },
    { keyword: KEYWORDS.func, opens: OpenRecord.Func, parse: () => this.records.parseFunc() },
    {
      keyword: KEYWORDS.stackWin,
      opens: OpenRecord.None,
      parse: () => this.records.parseStackWin(),
    },
    {
      keyword: KEYWORDS.stackCfiInit,
      opens: OpenRecord.StackCfi,
      parse: () => this.records.parseStackCfiInit(),
    },
    {
      keyword: KEYWORDS.module,
      opens: OpenRecord.None,
      parse: () =>
        this.sawRecord ? 'MODULE record after the first record' : this.records.parseModule(),
    },
  ];

  private closeOpenRecord(): void {
    if (this.open === OpenRecord.Func) this.builder.functions.endFunction();
    if (this.open === OpenRecord.StackCfi) this.builder.cfi.endInit();
    this.open = OpenRecord.None;
  }

  private dropLine(reason: string): void {
    this.droppedLines++;
    this.markCorrupt(this.lineCount, reason);
  }

  private markCorrupt(line: number, reason: string): void {
    this.corruptReason ??= line > 0 ? `line ${line}: ${reason}` : reason;
  }
}

/** Spaces, tabs and carriage returns the reference skips after a top-level record. */
function isLeadingWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === CARRIAGE_RETURN;
}

/** True when the reader is at `keyword` followed by exactly a space character. */
function startsWithSpaceAfter(reader: FieldReader, keyword: Uint8Array): boolean {
  const start = reader.position;
  if (start + keyword.length >= reader.end + 1) return false;
  for (let index = 0; index < keyword.length; index++) {
    if (reader.bytes[start + index] !== keyword[index]) return false;
  }
  return reader.bytes[start + keyword.length] === 0x20;
}
