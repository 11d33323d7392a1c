import { describe, expect, it } from 'vitest';
import { parseSymbolFile } from '../../src/symbols/parse/symbol-file-parser.js';

const lines = (...text: string[]): string => text.map((line) => `${line}\n`).join('');
const nameAt = (text: string, offset: number): string | null =>
  parseSymbolFile(text).lookupSymbol(BigInt(offset))?.functionName ?? null;

describe('choosing between FUNC and PUBLIC', () => {
  const text = lines(
    'PUBLIC 500 0 before_everything',
    'FUNC 1000 100 0 func_a',
    'PUBLIC 1080 0 inside_func_a',
    'PUBLIC 1200 0 after_func_a',
    'FUNC 2000 100 0 func_b',
    'PUBLIC 1f00 0 cut_off_by_func_b',
  );

  it('prefers the FUNC covering the address over any PUBLIC', () => {
    expect(nameAt(text, 0x1090)).toBe('func_a');
  });

  it('uses the nearest PUBLIC at or below the address when no FUNC covers it', () => {
    expect(nameAt(text, 0x1200)).toBe('after_func_a');
    expect(nameAt(text, 0x1f80)).toBe('cut_off_by_func_b');
    expect(nameAt(text, 0x600)).toBe('before_everything');
  });

  it('drops a PUBLIC that starts before the closest FUNC below the address', () => {
    const cut = lines(
      'PUBLIC 1000 0 public_start',
      'FUNC 1000 10 0 func_at_same_address',
      'FUNC 1100 10 0 later_func',
    );
    expect(nameAt(cut, 0x1050)).toBeNull();
    expect(nameAt(cut, 0x1200)).toBeNull();
  });

  it('reports nothing below the first symbol', () => {
    expect(nameAt(text, 0x4ff)).toBeNull();
  });

  it('picks the greatest name among PUBLICs at the same address (the reference’s sort order)', () => {
    expect(nameAt(lines('PUBLIC 100 0 zeta', 'PUBLIC 100 0 alpha'), 0x100)).toBe('zeta');
  });

  it('reports the public’s own parameter size and no source information', () => {
    const lookup = parseSymbolFile(lines('PUBLIC 100 c p')).lookupSymbol(0x180n);
    expect(lookup).toMatchObject({
      parameterSize: 12,
      functionBase: 0x100n,
      sourceFile: null,
      sourceLine: null,
      inlines: [],
    });
  });
});

describe('overlapping records', () => {
  it('keeps the first FUNC of overlapping ones (in address order) and ignores the rest', () => {
    const text = lines(
      'FILE 0 foo.c',
      'FUNC 1000 30 10 some func',
      '1000 10 42 0',
      '1000 10 43 0',
      '1001 10 44 0',
      '1001 5 45 0',
      '1010 10 52 0',
      'FUNC 1000 30 10 some func overlap exact',
      'FUNC 1001 30 10 some func overlap end',
      'FUNC 1001 10 10 some func overlap contained',
    );
    const file = parseSymbolFile(text);
    expect(file.functionCount).toBe(1);
    expect(file.lookupSymbol(0x102fn)?.functionName).toBe('some func');
    expect(file.lookupSymbol(0x1030n)).toBeNull();
    expect(
      [0x1000, 0x1005, 0x100f, 0x1010, 0x101f, 0x1020].map(
        (offset) => file.lookupSymbol(BigInt(offset))?.sourceLine ?? null,
      ),
    ).toEqual([42, 42, 42, 52, 52, null]);
  });

  it('sorts FUNCs that appear out of order', () => {
    const file = parseSymbolFile(lines('FUNC 3000 10 0 c', 'FUNC 1000 10 0 a', 'FUNC 2000 10 0 b'));
    expect(
      ['a', 'b', 'c'].map(
        (_, index) => file.lookupSymbol(BigInt(0x1000 * (index + 1)))?.functionName,
      ),
    ).toEqual(['a', 'b', 'c']);
  });

  it('breaks ties on equal starts by the shorter range first', () => {
    expect(nameAt(lines('FUNC 1000 20 0 long', 'FUNC 1000 10 0 short'), 0x1005)).toBe('short');
    expect(nameAt(lines('FUNC 1000 20 0 long', 'FUNC 1000 10 0 short'), 0x1015)).toBeNull();
  });
});

describe('source lines', () => {
  it('reports line 0 as a line', () => {
    const file = parseSymbolFile(lines('FILE 0 a.c', 'FUNC 1000 10 0 f', '1000 10 0 0'));
    expect(file.lookupSymbol(0x1000n)).toMatchObject({ sourceFile: 'a.c', sourceLine: 0 });
  });

  it('reports neither file nor line when the FILE id is unknown', () => {
    const file = parseSymbolFile(lines('FUNC 1000 10 0 f', '1000 10 9 4'));
    expect(file.lookupSymbol(0x1000n)).toMatchObject({
      functionName: 'f',
      sourceFile: null,
      sourceLine: null,
      sourceLineBase: null,
    });
  });

  it('reports no line in a gap between line records', () => {
    const file = parseSymbolFile(
      lines('FILE 0 a.c', 'FUNC 1000 30 0 f', '1000 10 1 0', '1020 10 3 0'),
    );
    expect(file.lookupSymbol(0x1015n)).toMatchObject({ functionName: 'f', sourceLine: null });
  });
});

describe('inline frames', () => {
  // 0x1000: outer_func() @ file 15:60 -> mid_func() @ file 4:12 -> inner_func_1() file 7:42
  // 0x1010: outer_func() @ file 15:60 -> mid_func() @ file 4:17 -> inner_func_2() file 8:52
  // 0x1020: outer_func() @ file 15:62
  const nested = lines(
    'FILE 4 mid.c',
    'FILE 7 inner1.c',
    'FILE 8 inner2.c',
    'FILE 15 outer.c',
    'FUNC 1000 30 10 outer_func()',
    'INLINE_ORIGIN 1 inner_func_2()',
    'INLINE_ORIGIN 2 mid_func()',
    'INLINE_ORIGIN 3 inner_func_1()',
    'INLINE 0 60 15 2 1000 20',
    'INLINE 1 12 4 3 1000 10',
    'INLINE 1 17 4 1 1010 10',
    '1000 10 42 7',
    '1010 10 52 8',
    '1020 10 62 15',
  );

  it('places the outer function at the depth-0 call site and lists inlines innermost first', () => {
    const file = parseSymbolFile(nested);
    expect(file.lookupSymbol(0x1004n)).toMatchObject({
      functionName: 'outer_func()',
      sourceFile: 'outer.c',
      sourceLine: 60,
      sourceLineBase: 0x1000n,
      inlines: [
        { functionName: 'inner_func_1()', sourceFile: 'inner1.c', sourceLine: 42 },
        { functionName: 'mid_func()', sourceFile: 'mid.c', sourceLine: 12 },
      ],
    });
    expect(file.lookupSymbol(0x101fn)?.inlines).toEqual([
      { functionName: 'inner_func_2()', sourceFile: 'inner2.c', sourceLine: 52 },
      { functionName: 'mid_func()', sourceFile: 'mid.c', sourceLine: 17 },
    ]);
  });

  it('uses the line record where no inline covers the address', () => {
    expect(parseSymbolFile(nested).lookupSymbol(0x1020n)).toMatchObject({
      sourceFile: 'outer.c',
      sourceLine: 62,
      inlines: [],
    });
  });

  it('gives the innermost inline a null line when its line record says 0', () => {
    const file = parseSymbolFile(
      lines(
        'FILE 0 a.c',
        'INLINE_ORIGIN 0 g()',
        'FUNC 1000 10 0 f',
        'INLINE 0 3 0 0 1000 10',
        '1000 10 0 0',
      ),
    );
    expect(file.lookupSymbol(0x1000n)?.inlines).toEqual([
      { functionName: 'g()', sourceFile: 'a.c', sourceLine: null },
    ]);
  });

  it('skips an inline whose INLINE_ORIGIN is unknown but keeps walking deeper', () => {
    const file = parseSymbolFile(
      lines(
        'FILE 0 a.c',
        'INLINE_ORIGIN 2 deepest()',
        'FUNC 1000 10 0 f',
        'INLINE 0 3 0 1 1000 10',
        'INLINE 1 4 0 2 1000 10',
        '1000 10 5 0',
      ),
    );
    expect(file.lookupSymbol(0x1000n)?.inlines).toEqual([
      { functionName: 'deepest()', sourceFile: 'a.c', sourceLine: 5 },
    ]);
  });

  it('considers only the last inline range starting at or before the address at each depth', () => {
    // The long range at 0x1000 covers 0x1015, but the later range at 0x1010 (ending at 0x1012)
    // is the candidate the reference checks, so no inline is reported there.
    const file = parseSymbolFile(
      lines(
        'FILE 0 a.c',
        'INLINE_ORIGIN 0 g()',
        'INLINE_ORIGIN 1 h()',
        'FUNC 1000 30 0 f',
        'INLINE 0 1 0 0 1000 20',
        'INLINE 0 2 0 1 1010 2',
        '1000 30 9 0',
      ),
    );
    expect(file.lookupSymbol(0x1011n)?.inlines).toEqual([
      { functionName: 'h()', sourceFile: 'a.c', sourceLine: 9 },
    ]);
    expect(file.lookupSymbol(0x1015n)).toMatchObject({ sourceLine: 9, inlines: [] });
    expect(file.lookupSymbol(0x1005n)?.inlines).toEqual([
      { functionName: 'g()', sourceFile: 'a.c', sourceLine: 9 },
    ]);
  });
});

describe('inline frames: ties', () => {
  it('prefers the larger range among inline ranges starting at the same address', () => {
    const file = parseSymbolFile(
      lines(
        'FILE 0 a.c',
        'INLINE_ORIGIN 0 g()',
        'INLINE_ORIGIN 1 h()',
        'FUNC 1000 30 0 f',
        'INLINE 0 2 0 1 1000 10',
        'INLINE 0 1 0 0 1000 20',
        '1000 30 9 0',
      ),
    );
    expect(file.lookupSymbol(0x1005n)?.inlines.map((inline) => inline.functionName)).toEqual([
      'g()',
    ]);
    expect(file.lookupSymbol(0x1015n)?.inlines.map((inline) => inline.functionName)).toEqual([
      'g()',
    ]);
  });
});

describe('parameter size for STACK WIN unwinding', () => {
  const text = lines(
    'FUNC 1000 100 4 f',
    'STACK WIN 4 1000 10 0 0 8 0 0 0 1 $eip $esp ^ =',
    'STACK WIN 0 1000 20 0 0 c 0 0 0 0 0',
  );

  it('comes from STACK WIN FrameData, else FPO, else the FUNC', () => {
    const file = parseSymbolFile(text);
    expect(
      [0x1000, 0x1018, 0x1080].map((offset) => file.lookupSymbol(BigInt(offset))?.parameterSize),
    ).toEqual([8, 12, 4]);
  });

  it('prefers FrameData rules over FPO rules at the same address', () => {
    const file = parseSymbolFile(text);
    expect(file.findWinFrameRules(0x1000n)?.kind).toBe('stack-win-framedata');
    expect(file.findWinFrameRules(0x1018n)?.kind).toBe('stack-win-fpo');
    expect(file.findWinFrameRules(0x1080n)).toBeNull();
  });
});

describe('offsets outside the index', () => {
  it('answers null for negative offsets and offsets past 2^53', () => {
    const file = parseSymbolFile(
      lines('FUNC 0 10 0 f', 'PUBLIC 0 0 p', 'STACK CFI INIT 0 10 .cfa: $rsp .ra: 0'),
    );
    expect(file.lookupSymbol(-1n)).toBeNull();
    expect(file.lookupSymbol(1n << 60n)).toBeNull();
    expect(file.findCfiRules(1n << 60n)).toBeNull();
    expect(file.findWinFrameRules(-5n)).toBeNull();
  });
});

describe('estimatedBytes', () => {
  it('grows with the amount of symbol data kept', () => {
    const small = parseSymbolFile(lines('FUNC 0 10 0 f'));
    const big = parseSymbolFile(
      Array.from(
        { length: 2000 },
        (_, index) => `FUNC ${(index * 16).toString(16)} 10 0 function_number_${index}\n`,
      ).join(''),
    );
    expect(big.estimatedBytes).toBeGreaterThan(small.estimatedBytes + 2000 * 20);
  });
});
