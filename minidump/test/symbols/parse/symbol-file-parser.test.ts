import { describe, expect, it } from 'vitest';
import {
  createSymbolFileParser,
  MAX_LINE_BYTES,
  parseSymbolFile,
} from '../../../src/symbols/parse/symbol-file-parser.js';
import type { SymbolFile } from '../../../src/symbols/symbol-file.js';

const lines = (...text: string[]): string => text.map((line) => `${line}\n`).join('');

/** Everything a lookup at `offset` reports, with bigints as hex for readable diffs. */
function describeAt(file: SymbolFile, offset: number): unknown {
  const lookup = file.lookupSymbol(BigInt(offset));
  if (lookup === null) return null;
  return {
    ...lookup,
    functionBase: lookup.functionBase.toString(16),
    sourceLineBase: lookup.sourceLineBase?.toString(16) ?? null,
  };
}

describe('MODULE record', () => {
  it('reads os, cpu, debug id and a name with spaces', () => {
    const file = parseSymbolFile(
      lines('MODULE Windows x86_64 D3096ED481217FD4C16B29CD9BC208BA0 firefox x y z'),
    );
    expect(file.module).toEqual({
      os: 'Windows',
      cpu: 'x86_64',
      debugId: 'D3096ED481217FD4C16B29CD9BC208BA0',
      name: 'firefox x y z',
    });
    expect(file.stats.corrupt).toBe(false);
  });

  it('makes the file corrupt when it comes after another record', () => {
    const file = parseSymbolFile(lines('FILE 0 a.c', 'MODULE Linux x86 ABCD1234 foo'));
    expect(file.module).toBeNull();
    expect(file.stats).toMatchObject({ corrupt: true, droppedLines: 1 });
    expect(file.stats.corruptReason).toBe('line 2: MODULE record after the first record');
  });

  it('rejects a debug id that is not hex', () => {
    const file = parseSymbolFile(lines('MODULE Linux x86 xxxxxx', 'FILE 0 foo.c'));
    expect(file.stats).toMatchObject({ corrupt: true, droppedLines: 1 });
  });
});

describe('INFO records', () => {
  it('keeps the last INFO URL and ignores other INFO lines', () => {
    const file = parseSymbolFile(
      lines(
        'INFO CODE_ID 10FAA6BBAAB83DB3',
        'INFO URL https://a.example/1',
        'INFO URL https://b.example/2',
      ),
    );
    expect(file.infoUrl).toBe('https://b.example/2');
    expect(file.stats.corrupt).toBe(false);
  });

  it('rejects INFO without text', () => {
    expect(parseSymbolFile(lines('INFO')).stats.corrupt).toBe(true);
  });
});

describe('FILE records', () => {
  it('maps ids to paths that may contain spaces, a later definition winning', () => {
    const file = parseSymbolFile(
      lines(
        'FILE  1234  foo bar.xyz',
        'FILE 7 first.c',
        'FILE 7 second.c',
        'FUNC 1000 20 0 f',
        '1000 10 3 1234',
        '1010 10 4 7',
      ),
    );
    expect(file.lookupSymbol(0x1000n)?.sourceFile).toBe('foo bar.xyz');
    expect(file.lookupSymbol(0x1010n)?.sourceFile).toBe('second.c');
  });

  it('drops a FILE line whose id is not a number', () => {
    const file = parseSymbolFile(lines('MODULE Linux x86 abcd1234 foo', 'FILE x foo.c'));
    expect(file.stats).toMatchObject({ corrupt: true, droppedLines: 1 });
  });
});

describe('FUNC records and their line records', () => {
  it('attaches line records to their own FUNC when FUNCs follow each other', () => {
    const file = parseSymbolFile(
      lines(
        'FILE 0 a.c',
        'FUNC 1000 10 0 f',
        '1000 10 1 0',
        'FUNC 2000 10 0 g',
        '2000 10 2 0',
        'FUNC 3000 10 0 h',
        '3000 10 3 0',
      ),
    );
    expect(
      [0x1000, 0x2000, 0x3000].map((offset) => file.lookupSymbol(BigInt(offset))?.sourceLine),
    ).toEqual([1, 2, 3]);
  });

  it('reads address, size, parameter size and name, with or without the m flag', () => {
    const file = parseSymbolFile(
      lines(
        'FUNC c184 30 8 nsQueryInterfaceWithError::operator()(nsID const&, void**) const',
        'FUNC m 2000 10 4 folded',
      ),
    );
    expect(describeAt(file, 0xc184 + 0x2f)).toMatchObject({
      functionName: 'nsQueryInterfaceWithError::operator()(nsID const&, void**) const',
      functionBase: 'c184',
      parameterSize: 8,
      isPublic: false,
    });
    expect(file.lookupSymbol(0xc184n + 0x30n)).toBeNull();
    expect(file.lookupSymbol(0x2005n)?.functionName).toBe('folded');
    expect(file.functionCount).toBe(2);
  });

  it('keeps an empty FUNC name (the symbol still counts as found)', () => {
    const file = parseSymbolFile(lines('FUNC 1000 10 0 '));
    expect(file.lookupSymbol(0x1000n)?.functionName).toBe('');
  });

  it('discards a zero-size FUNC together with its lines, without corruption', () => {
    const file = parseSymbolFile(
      lines('FILE 0 a.c', 'FUNC 1000 0 0 empty', '1000 10 5 0', 'FUNC 2000 10 0 real'),
    );
    expect(file.lookupSymbol(0x1000n)).toBeNull();
    expect(file.lookupSymbol(0x2000n)?.functionName).toBe('real');
    expect(file.stats).toMatchObject({ corrupt: false, discardedRecords: 1 });
  });

  it('rejects a truncated FUNC line', () => {
    const file = parseSymbolFile(lines('FUNC 1000', '1000 10 42 7'));
    expect(file.stats.corrupt).toBe(true);
    expect(file.stats.droppedLines).toBe(2);
  });

  it('rejects a hex field longer than its width', () => {
    expect(parseSymbolFile(lines('FUNC 1000 123456789 0 f')).stats.corrupt).toBe(true);
    expect(parseSymbolFile(lines('FUNC 11112222333344445 10 0 f')).stats.corrupt).toBe(true);
    expect(parseSymbolFile(lines('FUNC 1111222233334444 10 0 f')).stats.corrupt).toBe(false);
  });

  it('maps addresses to lines, dropping zero-size line records', () => {
    const file = parseSymbolFile(
      lines('FILE 53 bar.c', 'FUNC 1000 30 10 another func', '1000 0 6 53', '1000 30 7 53'),
    );
    expect(describeAt(file, 0x1001)).toMatchObject({
      sourceFile: 'bar.c',
      sourceLine: 7,
      sourceLineBase: '1000',
    });
  });

  it('rejects a line record with trailing whitespace or outside a FUNC', () => {
    expect(parseSymbolFile(lines('FUNC 1000 30 0 f', '1000 10 42 7 ')).stats.corrupt).toBe(true);
    expect(parseSymbolFile(lines('FILE 0 a.c', '1000 10 42 0')).stats.corrupt).toBe(true);
  });

  it('drops a line record whose range overflows instead of failing the FUNC', () => {
    const file = parseSymbolFile(lines('FUNC 1 2 3 x', 'ffffffffffffffff 2 0 0'));
    expect(file.lookupSymbol(1n)).toMatchObject({ functionName: 'x', sourceFile: null });
    expect(file.stats.corrupt).toBe(false);
  });

  it('accepts a decimal line number up to u32 max and rejects one above', () => {
    const ok = parseSymbolFile(lines('FILE 0 a.c', 'FUNC 1000 10 0 f', '1000 10 4294967295 0'));
    expect(ok.lookupSymbol(0x1000n)?.sourceLine).toBe(4294967295);
    expect(parseSymbolFile(lines('FUNC 1000 10 0 f', '1000 10 4294967296 0')).stats.corrupt).toBe(
      true,
    );
  });
});

describe('INLINE_ORIGIN and INLINE records', () => {
  const inlined = lines(
    'FILE 7 inner.c',
    'FILE 9 outer.c',
    'FUNC 1000 30 10 some func',
    '1000 10 42 7',
    'INLINE_ORIGIN 16 inlined_function_name()',
    '1010 10 52 7',
    'INLINE 0 23 9 16 1020 10',
    '1020 10 62 7',
  );

  it('accepts INLINE_ORIGIN among a FUNC’s line records without ending the FUNC', () => {
    const file = parseSymbolFile(inlined);
    expect(file.stats.corrupt).toBe(false);
    expect(file.lookupSymbol(0x1010n)?.sourceLine).toBe(52);
  });

  it('reads every address range of an INLINE record', () => {
    const file = parseSymbolFile(
      lines(
        'FILE 0 a.c',
        'INLINE_ORIGIN 1 g()',
        'FUNC 1000 100 0 f',
        'INLINE 0 5 0 1 1000 10 1050 8',
        '1000 100 9 0',
      ),
    );
    expect(file.lookupSymbol(0x1004n)?.inlines).toEqual([
      { functionName: 'g()', sourceFile: 'a.c', sourceLine: 9 },
    ]);
    expect(file.lookupSymbol(0x1054n)?.inlines).toHaveLength(1);
    expect(file.lookupSymbol(0x1020n)?.inlines).toEqual([]);
  });

  it('rejects the old INLINE syntax without a call-site file', () => {
    const file = parseSymbolFile(lines('FUNC 1000 30 0 f', 'INLINE 0 42 1 15b45 6b1'));
    expect(file.stats.corrupt).toBe(true);
  });

  it('rejects INLINE outside a FUNC', () => {
    expect(parseSymbolFile(lines('INLINE 0 1 1 1 1000 10')).stats.corrupt).toBe(true);
  });
});

describe('PUBLIC records', () => {
  it('reads address, parameter size and name, with or without the m flag', () => {
    const file = parseSymbolFile(lines('PUBLIC f00d d00d some func', 'PUBLIC m ff00 3 func 2'));
    expect(describeAt(file, 0xf00d)).toMatchObject({
      functionName: 'some func',
      functionBase: 'f00d',
      parameterSize: 0xd00d,
      isPublic: true,
    });
    expect(file.lookupSymbol(0xff10n)?.functionName).toBe('func 2');
    expect(file.publicCount).toBe(2);
  });
});

describe('STACK WIN records', () => {
  it('reads a FrameData record with its program string', () => {
    const file = parseSymbolFile(
      lines('STACK WIN 4 2170 14 a1 b2 c3 d4 e5 f6 1 $eip 4 + ^ = $esp $ebp 8 + = $ebp $ebp ^ ='),
    );
    const rules = file.findWinFrameRules(0x2170n);
    expect(rules).toMatchObject({
      kind: 'stack-win-framedata',
      address: 0x2170n,
      codeSize: 0x14,
      prologueSize: 0xa1,
      epilogueSize: 0xb2,
      parameterSize: 0xc3,
      savedRegisterSize: 0xd4,
      localSize: 0xe5,
      maxStackSize: 0xf6,
      programString: '$eip 4 + ^ = $esp $ebp 8 + = $ebp $ebp ^ =',
      allocatesBasePointer: false,
    });
  });

  it('reads an FPO record and whether it allocates a base pointer', () => {
    const file = parseSymbolFile(
      lines('STACK WIN 0 1000 30 a1 b2 c3 d4 e5 f6 0 1', 'STACK WIN 0 2000 30 1 2 3 4 5 6 0 0'),
    );
    expect(file.findWinFrameRules(0x1000n)).toMatchObject({
      kind: 'stack-win-fpo',
      programString: null,
      allocatesBasePointer: true,
    });
    expect(file.findWinFrameRules(0x2000n)?.allocatesBasePointer).toBe(false);
  });

  it('discards records whose type contradicts the has-program flag, keeping only consistent ones', () => {
    const file = parseSymbolFile(
      lines(
        'STACK WIN 0 1d93e 4 4 0 0 10 0 0 1 1',
        'STACK WIN 0 2d93e 4 4 0 0 10 0 0 1 0',
        'STACK WIN 0 3d93e 4 4 0 0 10 0 0 1 prog string',
        'STACK WIN 0 4d93e 4 4 0 0 10 0 0 0 1',
        'STACK WIN 4 5d93e 4 4 0 0 10 0 0 0 1',
        'STACK WIN 4 6d93e 4 4 0 0 10 0 0 0 0',
        'STACK WIN 4 7d93e 4 4 0 0 10 0 0 0 prog string',
        'STACK WIN 4 8d93e 4 4 0 0 10 0 0 1 prog string',
      ),
    );
    const found = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (digit) => file.findWinFrameRules(BigInt(digit * 0x10000 + 0xd93e))?.kind ?? null,
    );
    expect(found).toEqual([
      null,
      null,
      null,
      'stack-win-fpo',
      null,
      null,
      null,
      'stack-win-framedata',
    ]);
    expect(file.stats).toMatchObject({ corrupt: false, discardedRecords: 6 });
  });

  it('ignores types other than 0 and 4', () => {
    const file = parseSymbolFile(lines('STACK WIN 2 1000 10 0 0 0 0 0 0 0 0'));
    expect(file.findWinFrameRules(0x1000n)).toBeNull();
    expect(file.stats.corrupt).toBe(false);
  });

  it('shortens an overlapping record when the next one starts later, and drops one that does not', () => {
    const file = parseSymbolFile(
      lines(
        'STACK WIN 4 0 10 0 0 1 0 0 0 1 a',
        'STACK WIN 4 1 f 0 0 2 0 0 0 1 b',
        'STACK WIN 4 4 c 0 0 3 0 0 0 1 c',
        'STACK WIN 4 4 2 0 0 4 0 0 0 1 d',
      ),
    );
    expect(
      [0, 1, 3, 4, 0xf].map((offset) => file.findWinFrameRules(BigInt(offset))?.programString),
    ).toEqual(['a', 'b', 'b', 'c', 'c']);
    expect(file.findWinFrameRules(0x0n)?.codeSize).toBe(1);
    expect(file.stats).toMatchObject({ repairedRecords: 2, discardedRecords: 1 });
  });
});

describe('STACK CFI records', () => {
  it('collects an INIT row with its deltas, sorted by address', () => {
    const file = parseSymbolFile(
      lines(
        'STACK CFI INIT badf00d abc init rules',
        'STACK CFI badf0ff some rules',
        'STACK CFI badf00e more rules',
      ),
    );
    expect(file.findCfiRules(0xbadf00dn)).toMatchObject({
      initAddress: 0xbadf00dn,
      rowAddress: 0xbadf00dn,
      ruleTexts: ['init rules'],
    });
    expect(file.findCfiRules(0xbadf0f0n)?.ruleTexts).toEqual(['init rules', 'more rules']);
    expect(file.findCfiRules(0xbadf100n)).toMatchObject({
      rowAddress: 0xbadf0ffn,
      ruleTexts: ['init rules', 'more rules', 'some rules'],
    });
    expect(file.findCfiRules(0xbadf00dn + 0xabcn)).toBeNull();
  });

  it('attaches delta rows to their own INIT row when INIT rows follow each other', () => {
    const file = parseSymbolFile(
      lines(
        'STACK CFI INIT 1000 10 a',
        'STACK CFI 1001 b',
        'STACK CFI INIT 2000 10 c',
        'STACK CFI 2001 d',
        'STACK CFI INIT 3000 10 e',
        'STACK CFI 3001 f',
      ),
    );
    expect(
      [0x1005, 0x2005, 0x3005].map((offset) => file.findCfiRules(BigInt(offset))?.ruleTexts),
    ).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('rejects a delta row without an INIT row', () => {
    const file = parseSymbolFile(lines('FUNC 1000 10 0 f', 'STACK CFI 1000 .cfa: $rsp 8 +'));
    expect(file.stats).toMatchObject({ corrupt: true, droppedLines: 1 });
  });

  it('discards a zero-size INIT range and its deltas', () => {
    const file = parseSymbolFile(
      lines('STACK CFI INIT 1000 0 .cfa: $rsp 8 +', 'STACK CFI 1000 .cfa: $rsp 16 +'),
    );
    expect(file.findCfiRules(0x1000n)).toBeNull();
    expect(file.stats.corrupt).toBe(false);
  });
});

describe('corrupt-file rules', () => {
  it('reports a file whose last line has no newline as corrupt but still reads that line', () => {
    const file = parseSymbolFile('FILE 0 a.c\nFUNC 1000 10 0 f\n1000 10 7 0');
    expect(file.stats.corruptReason).toBe('line 3: the last line does not end with a newline');
    expect(file.lookupSymbol(0x1000n)?.sourceLine).toBe(7);
  });

  it('reports an empty file as corrupt', () => {
    expect(parseSymbolFile('').stats).toMatchObject({
      corrupt: true,
      corruptReason: 'the file is empty',
    });
  });

  it('drops a junk line, keeps everything else, and counts it', () => {
    const file = parseSymbolFile(
      lines('FUNC 1000 20 0 f', 'this is some junk', 'FUNC 2000 10 0 g'),
    );
    expect(file.stats).toMatchObject({
      corrupt: true,
      droppedLines: 1,
      corruptReason: 'line 2: unrecognized record',
    });
    expect(file.lookupSymbol(0x2000n)?.functionName).toBe('g');
  });

  it('keeps the open FUNC across a dropped line (lenient)', () => {
    const file = parseSymbolFile(
      lines('FILE 0 a.c', 'FUNC 1000 20 0 f', '1000 10 1 0', 'junk', '1010 10 2 0'),
    );
    expect(file.lookupSymbol(0x1010n)?.sourceLine).toBe(2);
    expect(file.stats.droppedLines).toBe(1);
  });

  it('allows blank lines after a top-level record but not after a line record', () => {
    expect(parseSymbolFile('FILE 0 a.c\n\n  \nFUNC 1000 10 0 f\n').stats.corrupt).toBe(false);
    expect(
      parseSymbolFile('FUNC 1000 10 0 f\n1000 10 1 0\n\nFUNC 2000 10 0 g\n').stats.corruptReason,
    ).toBe('line 3: unexpected blank line');
    expect(parseSymbolFile('\nFILE 0 a.c\n').stats.corrupt).toBe(true);
  });

  it('allows blank lines after FUNC, PUBLIC and STACK CFI INIT but not after INLINE, INLINE_ORIGIN in a FUNC or a STACK CFI row', () => {
    const blankAfter = (...text: string[]): string | null =>
      parseSymbolFile(lines(...text, '', 'PUBLIC 9000 0 p')).stats.corruptReason;
    expect(blankAfter('FUNC 1000 10 0 f')).toBeNull();
    expect(blankAfter('PUBLIC 1000 0 f')).toBeNull();
    expect(blankAfter('STACK CFI INIT 1000 10 .cfa: $rsp 8 +')).toBeNull();
    expect(blankAfter('INLINE_ORIGIN 1 g')).toBeNull();
    expect(blankAfter('FUNC 1000 10 0 f', 'INLINE 0 1 0 1 1000 4')).toBe(
      'line 3: unexpected blank line',
    );
    expect(blankAfter('FUNC 1000 10 0 f', 'INLINE_ORIGIN 1 g')).toBe(
      'line 3: unexpected blank line',
    );
    expect(
      blankAfter('STACK CFI INIT 1000 10 .cfa: $rsp 8 +', 'STACK CFI 1001 .cfa: $rsp 16 +'),
    ).toBe('line 3: unexpected blank line');
  });

  it('reads other records whose keyword is followed by tabs or several spaces like those with one space', () => {
    const text = (separator: string): string =>
      lines(
        `FILE${separator}0 a.c`,
        `INLINE_ORIGIN${separator}1 inlined`,
        `FUNC${separator}1000 20 4 f`,
        '1000 10 1 0',
        'INLINE 0 7 0 1 1000 8', // the reference takes INLINE with exactly one space only
        `PUBLIC${separator}2000 8 p`,
        `STACK CFI INIT${separator}1000 20 .cfa: $rsp 8 + .ra: .cfa -8 + ^`,
        `STACK CFI${separator}1004 .cfa: $rsp 16 +`,
        `STACK WIN${separator}4 3000 10 0 0 4 0 0 0 1 $eip $esp ^ =`,
      );
    const describeFile = (file: SymbolFile): unknown => ({
      stats: { ...file.stats, byteCount: 'differs' },
      lookups: [0x1000, 0x1004, 0x2000, 0x3000].map((offset) => describeAt(file, offset)),
      cfi: file.findCfiRules(0x1006n),
      win: file.findWinFrameRules(0x3000n),
    });
    const withSpace = describeFile(parseSymbolFile(text(' ')));
    expect(withSpace).toMatchObject({ stats: { corrupt: false, lineCount: 9 } });
    expect(describeFile(parseSymbolFile(text('\t')))).toEqual(withSpace);
    expect(describeFile(parseSymbolFile(text(' \t  ')))).toEqual(withSpace);
  });

  it('accepts LF, CRLF and CR CR LF line endings alike', () => {
    const text = lines(
      'MODULE Linux x86 ffff0000 bar',
      'FILE 53 bar.c',
      'PUBLIC 1234 10 some public',
      'FUNC 1000 30 10 another func',
      '1000 30 7 53',
    );
    for (const ending of ['\n', '\r\n', '\r\r\n']) {
      const file = parseSymbolFile(text.replaceAll('\n', ending));
      expect(file.stats.corrupt).toBe(false);
      expect(describeAt(file, 0x1001)).toMatchObject({
        functionName: 'another func',
        sourceFile: 'bar.c',
        sourceLine: 7,
      });
      expect(file.lookupSymbol(0x1234n)?.functionName).toBe('some public');
    }
  });

  it('drops a line with a carriage return in the middle', () => {
    const file = parseSymbolFile('FILE 1 foo\rbar\nFUNC 1000 10 0 f\n');
    expect(file.stats).toMatchObject({ corrupt: true, droppedLines: 1 });
    expect(file.functionCount).toBe(1);
  });

  it('drops a record whose name is not valid UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('FUNC 1000 10 0 bad'),
      Buffer.of(0xff, 0x0a),
      Buffer.from('FUNC 2000 10 0 ok\n'),
    ]);
    const file = parseSymbolFile(bytes);
    expect(file.stats).toMatchObject({ corrupt: true, droppedLines: 1 });
    expect(file.lookupSymbol(0x2000n)?.functionName).toBe('ok');
  });

  it('discards a line longer than the limit without calling the file corrupt', () => {
    const file = parseSymbolFile(
      lines(`FUNC 1000 10 0 ${'x'.repeat(MAX_LINE_BYTES + 1)}`, 'FUNC 2000 10 0 g'),
    );
    expect(file.stats).toMatchObject({ corrupt: false, discardedRecords: 1 });
    expect(file.functionCount).toBe(1);
  });

  it('discards a line record padded past the limit, whether or not the line is split', () => {
    const text = lines(
      'FILE 0 a.c',
      'FUNC 1000 40 0 f',
      `1000 10 1${' '.repeat(MAX_LINE_BYTES)}0`,
      '1010 10 2 0',
    );
    const whole = parseSymbolFile(text);
    const parser = createSymbolFileParser();
    const bytes = Buffer.from(text);
    for (let start = 0; start < bytes.length; start += 4096)
      parser.write(bytes.subarray(start, start + 4096));
    for (const file of [whole, parser.finish()]) {
      expect(file.stats).toMatchObject({ corrupt: false, discardedRecords: 1 });
      expect(file.lookupSymbol(0x1004n)?.sourceLine).toBeNull();
      expect(file.lookupSymbol(0x1014n)?.sourceLine).toBe(2);
    }
  });
});

describe('streaming', () => {
  const sample = lines(
    'MODULE Linux x86_64 D3096ED481217FD4C16B29CD9BC208BA0 app',
    'INFO CODE_ID 1234',
    'FILE 0 a.c',
    'INLINE_ORIGIN 1 g()',
    'FUNC 1000 40 0 f(int, char const*)',
    'INLINE 0 5 0 1 1010 10',
    '1000 10 1 0',
    '1010 30 2 0',
    'PUBLIC 3000 0 p',
    'STACK CFI INIT 1000 40 .cfa: $rsp 8 + .ra: .cfa -8 + ^',
    'STACK CFI 1004 .cfa: $rsp 16 +',
  );

  it('gives the same result whatever the chunk boundaries', () => {
    const whole = parseSymbolFile(sample);
    const bytes = Buffer.from(sample);
    for (let size = 1; size <= 17; size++) {
      const parser = createSymbolFileParser();
      for (let start = 0; start < bytes.length; start += size)
        parser.write(bytes.subarray(start, start + size));
      const chunked = parser.finish();
      expect(chunked.stats).toEqual(whole.stats);
      for (const offset of [0x1000, 0x1012, 0x1030, 0x3000]) {
        expect(describeAt(chunked, offset)).toEqual(describeAt(whole, offset));
      }
      expect(chunked.findCfiRules(0x1005n)?.ruleTexts).toEqual(
        whole.findCfiRules(0x1005n)?.ruleTexts,
      );
    }
  });

  it('refuses to be used after finish', () => {
    const parser = createSymbolFileParser();
    parser.finish();
    expect(() => parser.write(Buffer.from('x'))).toThrow('write() after finish()');
    expect(() => parser.finish()).toThrow('finish() called twice');
  });
});
