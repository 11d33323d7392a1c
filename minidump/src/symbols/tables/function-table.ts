import {
  createFloat64Column,
  createUint32Column,
  type Float64Column,
  type GrowableColumn,
  type Uint32Column,
} from '../parse/growable-array.js';
import { UNKNOWN_PROGRESS } from '../parse/parse-progress.js';
import { MAX_INDEXED_ADDRESS } from '../parse/field-reader.js';
import { InlineColumns } from './inline-columns.js';
import { LineColumns } from './line-columns.js';
import { findLastAtOrBelow, keepNonOverlapping, keepsEveryRow, selectRows } from './range-order.js';

/**
 * FUNC records with their line records and INLINE records, as sorted typed arrays.
 * Line ranges are stored relative to their function's start and clipped to it: lookups only
 * ever reach the lines of the function covering the address, so nothing outside matters.
 */
export class FunctionTable {
  constructor(
    /** Function starts (module offsets), sorted, non-overlapping. */
    readonly starts: Float64Array,
    /** Exclusive function ends. */
    readonly ends: Float64Array,
    readonly parameterSizes: Uint32Array,
    readonly nameReferences: Uint32Array,
    readonly nameLengths: Uint32Array,
    private readonly lineFirst: Uint32Array,
    private readonly lineCount: Uint32Array,
    private readonly lineStarts: Uint32Array,
    private readonly lineEnds: Uint32Array,
    /** Line number of each line record. */
    readonly lineNumbers: Uint32Array,
    /** FILE id of each line record. */
    readonly lineFiles: Uint32Array,
    private readonly inlineFirst: Uint32Array,
    private readonly inlineCount: Uint32Array,
    private readonly inlineDepths: Uint32Array,
    /** Start of each inline range (module offset). */
    readonly inlineStarts: Float64Array,
    private readonly inlineSizes: Uint32Array,
    /** Call-site FILE id of each inline range. */
    readonly inlineCallFiles: Uint32Array,
    /** Call-site line of each inline range. */
    readonly inlineCallLines: Uint32Array,
    /** INLINE_ORIGIN id of each inline range. */
    readonly inlineOrigins: Uint32Array,
  ) {}

  /** Number of functions. */
  get count(): number {
    return this.starts.length;
  }

  /** Bytes held by the arrays. */
  get byteLength(): number {
    return (
      this.starts.byteLength * 2 +
      this.parameterSizes.byteLength * 6 +
      this.lineStarts.byteLength * 4 +
      this.inlineStarts.byteLength +
      this.inlineDepths.byteLength * 5
    );
  }

  /** The function covering `offset`, or -1. */
  findFunction(offset: number): number {
    const index = findLastAtOrBelow(this.starts, 0, this.starts.length, offset);
    return index >= 0 && offset < this.ends[index]! ? index : -1;
  }

  /** The last function starting strictly below `offset`, or -1. */
  findFunctionStartingBelow(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  /** The line record of `func` covering `offset`, or -1. */
  findLine(func: number, offset: number): number {
    const relative = offset - this.starts[func]!;
    const first = this.lineFirst[func]!;
    const index = findLastAtOrBelow(this.lineStarts, first, this.lineCount[func]!, relative);
    return index >= 0 && relative < this.lineEnds[index]! ? index : -1;
  }

  /** Module offset where line record `line` of `func` starts (after clipping to the function). */
  lineStart(func: number, line: number): number {
    return this.starts[func]! + this.lineStarts[line]!;
  }

  /**
   * The INLINE range of `func` at `depth` covering `offset`, or -1. Like the reference, only one
   * candidate is considered: the greatest range in (start, size, call file, call line, origin)
   * order among those at `depth` starting at or below `offset`. Ranges stay in file order and
   * are scanned here: lookups are rare, and sorting every function's inlines while parsing cost
   * more than all lookups of a dump.
   */
  findInline(func: number, depth: number, offset: number): number {
    const first = this.inlineFirst[func]!;
    const end = first + this.inlineCount[func]!;
    let candidate = -1;
    for (let index = first; index < end; index++) {
      if (this.inlineDepths[index] !== depth || this.inlineStarts[index]! > offset) continue;
      if (candidate < 0 || this.compareInlines(index, candidate) > 0) candidate = index;
    }
    if (candidate < 0) return -1;
    return offset < this.inlineStarts[candidate]! + this.inlineSizes[candidate]! ? candidate : -1;
  }

  /** The reference's order of two inline ranges at the same depth. */
  private compareInlines(a: number, b: number): number {
    return (
      this.inlineStarts[a]! - this.inlineStarts[b]! ||
      this.inlineSizes[a]! - this.inlineSizes[b]! ||
      this.inlineCallFiles[a]! - this.inlineCallFiles[b]! ||
      this.inlineCallLines[a]! - this.inlineCallLines[b]! ||
      this.inlineOrigins[a]! - this.inlineOrigins[b]!
    );
  }
}

/** Collects FUNC records and their sub-records while parsing. */
export class FunctionTableBuilder {
  private readonly starts: Float64Column;
  private readonly ends: Float64Column;
  private readonly parameterSizes: Uint32Column;
  private readonly nameReferences: Uint32Column;
  private readonly nameLengths: Uint32Column;
  private readonly lineFirst: Uint32Column;
  private readonly lineCount: Uint32Column;
  private readonly inlineFirst: Uint32Column;
  private readonly inlineCount: Uint32Column;

  private readonly lines: LineColumns;

  private readonly inlines = new InlineColumns();

  private readonly pendingStarts = createFloat64Column();
  private readonly pendingEnds = createFloat64Column();
  private readonly pendingNumbers = createUint32Column();
  private readonly pendingFiles = createUint32Column();
  private pendingInlineFirst = 0;
  private openStart = 0;
  private openEnd = 0;
  private lastLineEnd = 0;
  private linesAreDirect = true;
  private open = false;
  private openIsKept = false;

  /** Records dropped by the reference's rules (zero size, overlaps). */
  discardedRecords = 0;

  /** `progress`: the parse's, which sizes the function columns' growth. */
  constructor(expectedLineRecords = 1024, progress = UNKNOWN_PROGRESS) {
    this.lines = new LineColumns(expectedLineRecords);
    this.starts = createFloat64Column(256, progress);
    this.ends = createFloat64Column(256, progress);
    this.parameterSizes = createUint32Column(256, progress);
    this.nameReferences = createUint32Column(256, progress);
    this.nameLengths = createUint32Column(256, progress);
    this.lineFirst = createUint32Column(256, progress);
    this.lineCount = createUint32Column(256, progress);
    this.inlineFirst = createUint32Column(256, progress);
    this.inlineCount = createUint32Column(256, progress);
  }

  /** Starts a FUNC; `end` is exclusive. A zero-size FUNC still collects (and discards) its lines. */
  beginFunction(
    start: number,
    end: number,
    parameterSize: number,
    nameReference: number,
    nameLength: number,
  ): void {
    this.endFunction();
    this.open = true;
    this.openIsKept = end > start;
    if (!this.openIsKept) {
      this.discardedRecords++;
      return;
    }
    this.starts.push(start);
    this.ends.push(end);
    this.parameterSizes.push(parameterSize);
    this.nameReferences.push(nameReference);
    this.nameLengths.push(nameLength);
    this.lineFirst.push(this.lines.length);
    this.pendingInlineFirst = this.inlines.length;
    this.openStart = start;
    this.openEnd = end;
    this.lastLineEnd = start;
    this.linesAreDirect = true;
  }

  /**
   * Adds a line record to the open FUNC (`end` exclusive). One that ends beyond
   * MAX_INDEXED_ADDRESS is discarded.
   */
  addLine(start: number, end: number, lineNumber: number, fileId: number): void {
    if (end <= start || end > MAX_INDEXED_ADDRESS) {
      this.discardedRecords++;
      return;
    }
    if (!this.openIsKept) return;
    if (this.linesAreDirect) {
      // Nearly every FUNC lists its lines in order, inside the function and without overlap:
      // those go straight into the final columns.
      if (start >= this.lastLineEnd && end <= this.openEnd) {
        const functionStart = this.openStart;
        this.lines.push(start - functionStart, end - functionStart, lineNumber, fileId);
        this.lastLineEnd = end;
        return;
      }
      this.moveDirectLinesToPending();
    }
    this.pendingStarts.push(start);
    this.pendingEnds.push(end);
    this.pendingNumbers.push(lineNumber);
    this.pendingFiles.push(fileId);
  }

  /** Takes the open FUNC's lines back out of the final columns to sort and clip them at the end. */
  private moveDirectLinesToPending(): void {
    this.linesAreDirect = false;
    const first = this.lineFirst.values[this.lineFirst.length - 1]!;
    const lines = this.lines;
    for (let index = first; index < lines.length; index++) {
      this.pendingStarts.push(this.openStart + lines.starts[index]!);
      this.pendingEnds.push(this.openStart + lines.ends[index]!);
      this.pendingNumbers.push(lines.numbers[index]!);
      this.pendingFiles.push(lines.files[index]!);
    }
    lines.truncate(first);
  }

  /** Adds one address range of an INLINE record to the open FUNC. */
  addInline(
    depth: number,
    start: number,
    size: number,
    callFile: number,
    callLine: number,
    origin: number,
  ): void {
    if (!this.openIsKept) return;
    this.inlines.push(depth, start, size, callFile, callLine, origin);
  }

  /** Closes the open FUNC: resolves overlapping lines and sorts its inlines. */
  endFunction(): void {
    if (!this.open) return;
    this.open = false;
    if (!this.openIsKept) return;
    const func = this.starts.length - 1;
    if (!this.linesAreDirect) this.flushLines(this.openStart, this.openEnd);
    this.lineCount.push(this.lines.length - this.lineFirst.values[func]!);
    const inlineFirst = this.pendingInlineFirst;
    this.inlineFirst.push(inlineFirst);
    this.inlineCount.push(this.inlines.length - inlineFirst);
  }

  /** Resolves overlapping functions and returns the finished table. */
  finish(): FunctionTable {
    this.endFunction();
    const count = this.starts.length;
    const kept = keepNonOverlapping(this.starts.values, this.ends.values, 0, count);
    this.discardedRecords += count - kept.length;
    const keepsAll = keepsEveryRow(kept, count);
    const pick = <T extends Float64Array | Uint32Array>(column: GrowableColumn<T>): T =>
      selectRows(column, kept, keepsAll);
    this.pendingStarts.release();
    this.pendingEnds.release();
    this.pendingNumbers.release();
    this.pendingFiles.release();
    const lines = this.lines.finish();
    const inlines = this.inlines.finish();
    return new FunctionTable(
      pick(this.starts),
      pick(this.ends),
      pick(this.parameterSizes),
      pick(this.nameReferences),
      pick(this.nameLengths),
      pick(this.lineFirst),
      pick(this.lineCount),
      lines.starts,
      lines.ends,
      lines.numbers,
      lines.files,
      pick(this.inlineFirst),
      pick(this.inlineCount),
      inlines.depths,
      inlines.starts,
      inlines.sizes,
      inlines.callFiles,
      inlines.callLines,
      inlines.origins,
    );
  }

  private flushLines(funcStart: number, funcEnd: number): void {
    const count = this.pendingStarts.length;
    const starts = this.pendingStarts.values;
    const ends = this.pendingEnds.values;
    let simple = true;
    for (let index = 1; index < count && simple; index++) {
      simple = starts[index]! >= ends[index - 1]!;
    }
    if (simple) {
      for (let index = 0; index < count; index++) this.pushClippedLine(index, funcStart, funcEnd);
    } else {
      const kept = keepNonOverlapping(starts, ends, 0, count);
      this.discardedRecords += count - kept.length;
      for (const index of kept) this.pushClippedLine(index, funcStart, funcEnd);
    }
    this.pendingStarts.truncate(0);
    this.pendingEnds.truncate(0);
    this.pendingNumbers.truncate(0);
    this.pendingFiles.truncate(0);
  }

  private pushClippedLine(index: number, funcStart: number, funcEnd: number): void {
    const start = Math.max(this.pendingStarts.values[index]!, funcStart);
    const end = Math.min(this.pendingEnds.values[index]!, funcEnd);
    if (start >= end) return;
    this.lines.push(
      start - funcStart,
      end - funcStart,
      this.pendingNumbers.values[index]!,
      this.pendingFiles.values[index]!,
    );
  }
}
