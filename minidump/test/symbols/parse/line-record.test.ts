import { describe, expect, it } from 'vitest';
import { LineRecordRun } from '../../../src/symbols/parse/line-record.js';

type Line = [start: number, end: number, lineNumber: number, fileId: number];

/** Reads the run at the start of `text`; returns where it stopped and the lines it added. */
function readRun(text: string, maxLineBytes = 1000): { stop: number; lines: Line[]; read: number } {
  const bytes = new Uint8Array(Buffer.from(text));
  const lines: Line[] = [];
  const run = new LineRecordRun();
  const stop = run.read(bytes, 0, bytes.length, maxLineBytes, {
    addLine: (start, end, lineNumber, fileId) => lines.push([start, end, lineNumber, fileId]),
  });
  return { stop, lines, read: run.linesRead };
}

describe('line record runs', () => {
  it('reads consecutive line records and stops at the first other line', () => {
    const text = '1000 10 42 3\n1010\t8  43 3\r\nINLINE 0 1 2 3 1000 4\n1020 4 1 1\n';
    expect(readRun(text)).toEqual({
      stop: text.indexOf('INLINE'),
      lines: [
        [0x1000, 0x1010, 42, 3],
        [0x1010, 0x1018, 43, 3],
      ],
      read: 2,
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
    expect(readRun(`1000 1${' '.repeat(20)}1 1\n`, 20)).toEqual({ stop: 0, lines: [], read: 0 });
  });
});
