import { describe, expect, it } from 'vitest';
import { InlineRecordReader } from '../../../src/symbols/parse/inline-record.js';
import { LineRecordRun } from '../../../src/symbols/parse/line-record.js';

type Line = [start: number, end: number, lineNumber: number, fileId: number];
type Inline = [
  depth: number,
  start: number,
  size: number,
  file: number,
  line: number,
  origin: number,
];

/** Reads the run at the start of `text`; returns where it stopped and the lines it added. */
function readRun(
  text: string,
  maxLineBytes = 1000,
): { stop: number; lines: Line[]; read: number; inlines: Inline[]; discarded: number } {
  const bytes = new Uint8Array(Buffer.from(text));
  const lines: Line[] = [];
  const inlines: Inline[] = [];
  const run = new LineRecordRun(new InlineRecordReader());
  const sink = {
    addLine: (start: number, end: number, lineNumber: number, fileId: number) =>
      lines.push([start, end, lineNumber, fileId]),
    addInline: (...range: Inline) => inlines.push(range),
    discardedRecords: 0,
  };
  const stop = run.read(bytes, 0, bytes.length, maxLineBytes, sink);
  return { stop, lines, read: run.linesRead, inlines, discarded: sink.discardedRecords };
}

describe('line record runs', () => {
  it('reads consecutive line records and the INLINE records among them, and stops at the first other line', () => {
    const text =
      '1000 10 42 3\n1010\t8  43 3\r\nINLINE 0 1 2 3 1000 4  1008\t2\n1020 4 1 1\nFUNC 2000 1 0 g\n';
    expect(readRun(text)).toMatchObject({
      stop: text.indexOf('FUNC'),
      lines: [
        [0x1000, 0x1010, 42, 3],
        [0x1010, 0x1018, 43, 3],
        [0x1020, 0x1024, 1, 1],
      ],
      inlines: [
        [0, 0x1000, 4, 2, 1, 3],
        [0, 0x1008, 2, 2, 1, 3],
      ],
      read: 4,
    });
  });

  it('stops at an INLINE record the reference rejects, storing none of its ranges', () => {
    for (const bad of [
      'INLINE\t0 1 2 3 1000 4\n',
      'INLINE 0 1 2 1000 4\n',
      'INLINE 0 1 2 3 1000 4 \n',
      'INLINE 0 1 2 3 1000 4 1008\n',
      'INLINE 0 1 2 3 1000 4\rx\n',
      'INLINE_ORIGIN 1 f\n',
    ]) {
      expect(readRun(`1 1 1 1\n${bad}`), bad).toMatchObject({ stop: 8, read: 1, inlines: [] });
    }
  });

  it('counts INLINE ranges at or above 2^53 as discarded', () => {
    expect(readRun('INLINE 0 1 2 3 20000000000000 4 1000 4\n')).toMatchObject({
      inlines: [[0, 0x1000, 4, 2, 1, 3]],
      discarded: 1,
      read: 1,
    });
  });

  it('reads every field exactly at its limits: 16 hex digits, 8 hex digits, u32 decimals', () => {
    const { lines } = readRun('1fffffffffffff ffffffff 4294967295 0000000007\n');
    expect(lines).toEqual([
      [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 0xffffffff, 4294967295, 7],
    ]);
  });

  it('stops at a field over its width or value, or at trailing text', () => {
    for (const bad of [
      '12345678901234567 1 1 1\n',
      '1000 123456789 1 1\n',
      '1000 1 4294967296 1\n',
      '1000 1 1 12345678901\n',
      '1000 1 1 1 x\n',
      '1000 1 1\n',
      ' 1000 1 1 1\n',
    ]) {
      expect(readRun(`1 1 1 1\n${bad}`), bad).toMatchObject({ stop: 8, read: 1 });
    }
  });

  it('leaves a line longer than the limit to the caller', () => {
    expect(readRun(`1000 1${' '.repeat(20)}1 1\n`, 20)).toMatchObject({
      stop: 0,
      lines: [],
      read: 0,
    });
    expect(readRun(`INLINE 0 1 2 3 1000${' '.repeat(20)}4\n`, 20)).toMatchObject({
      stop: 0,
      inlines: [],
      read: 0,
    });
  });
});
