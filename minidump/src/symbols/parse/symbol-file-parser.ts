import { isUtf8 } from 'node:buffer';
import type { SymbolFile } from '../symbol-file.js';
import { FieldReader } from './field-reader.js';
import { InlineRecordReader } from './inline-record.js';
import { LineRecordRun } from './line-record.js';
import { KEYWORDS, RecordParsers, type RecordResult } from './record-parsers.js';
import { SymbolFileBuilder } from './symbol-file-builder.js';
import { USUAL_LINES, usualLineAt } from './usual-lines.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
/** First letters of the record keywords. */
const LETTER_F = 0x46;
const LETTER_I = 0x49;
const LETTER_M = 0x4d;
const LETTER_P = 0x50;
const LETTER_S = 0x53;

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
 * Folklore: V8 frees a hidden class once no live object uses it, and throws away the optimized
 * code built for it. Between two parses every parser object is garbage, so a full GC in between
 * sent the next parse back to unoptimized code: the 4.2 MB corpus file then took 100–250 ms of
 * CPU instead of 25–45 ms (`npm run bench -- symbols`, "after full GC"; a long-lived processor
 * runs full GCs between parses). An empty parser kept here keeps those hidden classes alive. It
 * is replaced after every parse, so that once V8 has settled the objects' layout (after the
 * first few parses) it is built exactly like the parsers that follow; it holds ≈ 100 KB.
 */
const hiddenClassKeeper: { idleParser: LineMachine | null } = { idleParser: null };

/**
 * The line-by-line state machine. Lenient: an unparseable line is dropped and counted, and
 * `corruptReason` records the first thing that would make rust-minidump reject the file.
 */
class LineMachine implements SymbolFileParser {
  private readonly builder: SymbolFileBuilder;
  private readonly reader = new FieldReader();
  private readonly inlineRecords = new InlineRecordReader();
  private readonly lineRecords = new LineRecordRun(this.inlineRecords);
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
    this.records = new RecordParsers(this.reader, this.builder, this.inlineRecords);
  }

  write(input: Uint8Array): void {
    if (this.finished) throw new Error('symbol file parser: write() after finish()');
    const chunk = asPlainBytes(input);
    this.byteCount += chunk.length;
    let start = 0;
    if (this.skippingLongLine || this.pending.length > 0) {
      const newline = indexOfByte(chunk, NEWLINE, 0);
      if (newline < 0) {
        this.keepTail(chunk, 0);
        return;
      }
      if (this.skippingLongLine) {
        this.skippingLongLine = false;
        this.lineCount++;
        this.discardedRecords++;
      } else {
        const line = asPlainBytes(Buffer.concat([this.pending, chunk.subarray(0, newline + 1)]));
        this.parseLines(line, 0, line.length);
      }
      this.pending = Buffer.alloc(0);
      start = newline + 1;
    }
    const lastNewline = lastIndexOfByte(chunk, NEWLINE);
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
      const line = asPlainBytes(Buffer.concat([this.pending, Buffer.of(NEWLINE)]));
      this.parseLines(line, 0, line.length);
    } else if (this.byteCount === 0) {
      this.markCorrupt(0, 'the file is empty');
    }
    if (this.skippingLongLine) {
      this.lineCount++;
      this.discardedRecords++;
    }
    hiddenClassKeeper.idleParser = new LineMachine(0);
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
    const functions = this.builder.functions;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const progress = this.builder.progress;
    // Where `bytes` starts in the file (roughly, for a line carried over from the last chunk).
    const base = this.byteCount - bytes.length;
    while (position < end) {
      progress.parsedBytes = base + position;
      if (this.open === OpenRecord.Func) {
        // Fast path for the most common lines of all: the line records (and the INLINE records
        // among them) after a FUNC. An over-long one (padded separators) takes the general
        // path, which skips it.
        const next = this.lineRecords.read(bytes, position, end, MAX_LINE_BYTES, functions);
        if (next !== position) {
          this.lineCount += this.lineRecords.linesRead;
          this.mayStartWithWhitespace = false;
          this.sawRecord = true;
          position = next;
          if (position === end) break;
        }
      }
      const usualNext = this.parseUsualLine(bytes, view, position);
      if (usualNext !== position) {
        position = usualNext;
        continue;
      }
      this.lineCount++;
      position = this.parseLine(bytes, position);
    }
  }

  /**
   * The fast path for the other usual lines (usual-lines.ts): a line without `\r`, not
   * over-long, whose keyword is followed by one space, goes straight to its record parser
   * (parseLine's checks, its search for a sub-line and its keyword loops would all end there).
   * Returns the next line's position, or `position` when the line is left to parseLine, which
   * reads it again: the record parsers store nothing for a line they reject.
   */
  private parseUsualLine(bytes: Uint8Array, view: DataView, position: number): number {
    const kind = usualLineAt(view, position);
    if (kind === null) return position;
    const open = this.open;
    if (
      kind.within === 'func'
        ? open !== OpenRecord.Func
        : kind.within === 'stack-cfi' && open !== OpenRecord.StackCfi
    ) {
      return position;
    }
    const newline = indexOfByte(bytes, NEWLINE, position);
    if (newline - position > MAX_LINE_BYTES) return position;
    if (this.nextCarriageReturn < position) {
      const found = indexOfByte(bytes, CARRIAGE_RETURN, position);
      this.nextCarriageReturn = found < 0 ? Infinity : found;
    }
    if (this.nextCarriageReturn < newline) return position;
    // An INLINE_ORIGIN inside a FUNC is one of its lines; every other top-level record ends it.
    const isSubLine =
      kind.within !== null || (kind === USUAL_LINES.inlineOrigin && open === OpenRecord.Func);
    if (!isSubLine) this.closeOpenRecord(null);
    const reader = this.reader;
    reader.reset(bytes, position + kind.keywordLength, newline);
    reader.separator();
    const records = this.records;
    let problem: RecordResult;
    switch (kind) {
      case USUAL_LINES.func:
        problem = this.openIfValid(OpenRecord.Func, records.parseFunc());
        break;
      case USUAL_LINES.public:
        problem = records.parsePublic();
        break;
      case USUAL_LINES.inline:
        problem = records.parseInline();
        break;
      case USUAL_LINES.inlineOrigin:
        problem = records.parseIdName('inlineOrigins');
        break;
      case USUAL_LINES.file:
        problem = records.parseIdName('files');
        break;
      case USUAL_LINES.stackCfiInit:
        problem = this.openIfValid(OpenRecord.StackCfi, records.parseStackCfiInit());
        break;
      case USUAL_LINES.stackCfiRow:
        problem = records.parseStackCfiDelta();
        break;
      default:
        problem = records.parseStackWin();
    }
    if (problem !== null) return position;
    this.lineCount++;
    this.sawRecord = true;
    this.mayStartWithWhitespace = !isSubLine;
    return newline + 1;
  }

  /** Parses one line starting at `position`; returns the next line's position. */
  private parseLine(bytes: Uint8Array, position: number): number {
    const newline = indexOfByte(bytes, NEWLINE, position);
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
      const found = indexOfByte(bytes, CARRIAGE_RETURN, start);
      this.nextCarriageReturn = found < 0 ? Infinity : found;
    }
    if (this.nextCarriageReturn < lineEnd) {
      this.dropLine('carriage return inside a line');
      return next;
    }
    this.reader.reset(bytes, start, lineEnd);
    if (this.open !== OpenRecord.None && this.parseSubLine()) {
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
      // The reference recognizes INLINE and INLINE_ORIGIN by their exact prefix with a single
      // space. Both start with "INLINE", so that is compared once.
      const { bytes, position } = reader;
      if (startsWith(bytes, position, reader.end, KEYWORDS.inline)) {
        const afterInline = position + KEYWORDS.inline.length;
        if (bytes[afterInline] === SPACE) {
          reader.position = afterInline;
          reader.separator();
          return records.parseInline() === null;
        }
        if (startsWithSpaceAfter(reader, KEYWORDS.inlineOrigin)) {
          reader.keyword(KEYWORDS.inlineOrigin);
          return records.parseIdName('inlineOrigins') === null;
        }
      }
      return records.parseLineRecord() === null;
    }
    return reader.keyword(KEYWORDS.stackCfi) && records.parseStackCfiDelta() === null;
  }

  /**
   * Parses a top-level record; returns why the line is rejected, or null. The keywords are
   * tried in the reference's order (`INFO URL` before `INFO`, `STACK WIN` before
   * `STACK CFI INIT`); switching on the first byte only skips those that cannot match. A
   * recognized record ends the open FUNC / STACK CFI INIT even when it is malformed (an
   * unrecognized line does not: the lenient parse keeps collecting sub-lines).
   */
  private parseTopLevel(): RecordResult {
    const reader = this.reader;
    const records = this.records;
    switch (reader.bytes[reader.position]) {
      case LETTER_I:
        if (reader.keyword(KEYWORDS.infoUrl)) return this.closeOpenRecord(records.parseInfoUrl());
        if (reader.keyword(KEYWORDS.info)) return this.closeOpenRecord(null);
        if (reader.keyword(KEYWORDS.inlineOrigin)) {
          this.closeOpenRecord(null);
          return records.parseIdName('inlineOrigins');
        }
        break;
      case LETTER_F:
        if (reader.keyword(KEYWORDS.file)) {
          this.closeOpenRecord(null);
          return records.parseIdName('files');
        }
        if (reader.keyword(KEYWORDS.func)) {
          this.closeOpenRecord(null);
          return this.openIfValid(OpenRecord.Func, records.parseFunc());
        }
        break;
      case LETTER_P:
        if (reader.keyword(KEYWORDS.public)) {
          this.closeOpenRecord(null);
          return records.parsePublic();
        }
        break;
      case LETTER_S:
        if (reader.keyword(KEYWORDS.stackWin)) {
          this.closeOpenRecord(null);
          return records.parseStackWin();
        }
        if (reader.keyword(KEYWORDS.stackCfiInit)) {
          this.closeOpenRecord(null);
          return this.openIfValid(OpenRecord.StackCfi, records.parseStackCfiInit());
        }
        break;
      case LETTER_M:
        if (reader.keyword(KEYWORDS.module)) {
          this.closeOpenRecord(null);
          return this.sawRecord ? 'MODULE record after the first record' : records.parseModule();
        }
        break;
    }
    return 'unrecognized record';
  }

  /** Makes the record just parsed the open one (its sub-lines follow) when it was valid. */
  private openIfValid(record: OpenRecord, problem: RecordResult): RecordResult {
    if (problem === null) this.open = record;
    return problem;
  }

  /** Ends the open FUNC / STACK CFI INIT; returns `result` for the caller's convenience. */
  private closeOpenRecord(result: RecordResult): RecordResult {
    if (this.open === OpenRecord.Func) this.builder.functions.endFunction();
    if (this.open === OpenRecord.StackCfi) this.builder.cfi.endInit();
    this.open = OpenRecord.None;
    return result;
  }

  private dropLine(reason: string): void {
    this.droppedLines++;
    this.markCorrupt(this.lineCount, reason);
  }

  private markCorrupt(line: number, reason: string): void {
    this.corruptReason ??= line > 0 ? `line ${line}: ${reason}` : reason;
  }
}

/**
 * `bytes` as a plain Uint8Array (a view, no copy). The parser slices its input for every name
 * it stores, and a Buffer's `subarray` goes through a slow subclass constructor.
 */
function asPlainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array
    ? bytes
    : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const bufferIndexOf = Buffer.prototype.indexOf;
const bufferLastIndexOf = Buffer.prototype.lastIndexOf;

/** Position of the first `byte` at or after `from`, or -1. Buffer's search is a memchr and accepts any Uint8Array; the typed-array one is a slower loop. */
function indexOfByte(bytes: Uint8Array, byte: number, from: number): number {
  return bufferIndexOf.call(bytes as Buffer, byte, from);
}

/** Position of the last `byte` in `bytes`, or -1. */
function lastIndexOfByte(bytes: Uint8Array, byte: number): number {
  return bufferLastIndexOf.call(bytes as Buffer, byte);
}

/** Spaces, tabs and carriage returns the reference skips after a top-level record. */
function isLeadingWhitespace(byte: number): boolean {
  return byte === SPACE || byte === 0x09 || byte === CARRIAGE_RETURN;
}

/** True when `bytes[at, end)` starts with `keyword`. */
function startsWith(bytes: Uint8Array, at: number, end: number, keyword: Uint8Array): boolean {
  const length = keyword.length;
  if (at + length > end) return false;
  for (let index = 0; index < length; index++) {
    if (bytes[at + index] !== keyword[index]) return false;
  }
  return true;
}

/** True when the reader is at `keyword` followed by exactly a space character. */
function startsWithSpaceAfter(reader: FieldReader, keyword: Uint8Array): boolean {
  const { bytes, position, end } = reader;
  return startsWith(bytes, position, end, keyword) && bytes[position + keyword.length] === SPACE;
}
