import { describe, expect, it } from 'vitest';
import {
  MAX_SCRATCH_ARRAY_BYTES,
  ScratchArrayPool,
} from '../../../src/symbols/parse/scratch-arrays.js';
import { parseSymbolFile } from '../../../src/symbols/parse/symbol-file-parser.js';

const newPool = (): ScratchArrayPool<Uint32Array> =>
  new ScratchArrayPool<Uint32Array>((length) => new Uint32Array(length));

describe('scratch array pool', () => {
  it('hands a released array out again for a request it can hold', () => {
    const pool = newPool();
    const array = pool.take(1000);
    pool.release(array);
    expect(pool.take(600)).toBe(array);
    expect(pool.take(600) === array).toBe(false);
  });

  it('prefers the smallest kept array that is large enough', () => {
    const pool = newPool();
    const large = pool.take(4000);
    const small = pool.take(1000);
    pool.release(large);
    pool.release(small);
    expect(pool.take(1000)).toBe(small);
    expect(pool.take(1000)).toBe(large);
  });

  it('does not hand an array more than four times the request to a small column', () => {
    const pool = newPool();
    const large = pool.take(100_000);
    pool.release(large);
    const small = pool.take(100);
    expect(small === large).toBe(false);
    expect(small.length).toBe(100);
  });

  it('never keeps an array bigger than the scratch limit', () => {
    const pool = newPool();
    const huge = pool.take(MAX_SCRATCH_ARRAY_BYTES / 4 + 1);
    pool.release(huge);
    expect(pool.take(MAX_SCRATCH_ARRAY_BYTES / 4 + 1) === huge).toBe(false);
  });
});

describe('parses sharing scratch space', () => {
  /** A file whose every column grows several times, with lookups that check names and lines. */
  function symbolText(prefix: string, functions: number): string {
    const lines = ['MODULE Linux x86_64 0123456789ABCDEF0123456789ABCDEF0 test', 'FILE 0 a.c'];
    for (let index = 0; index < functions; index++) {
      const address = (0x1000 + index * 0x100).toString(16);
      lines.push(`FUNC ${address} 80 0 ${prefix}_${index}`);
      lines.push(`${address} 10 ${index + 1} 0`);
      lines.push(`INLINE 0 ${index + 2} 0 0 ${address} 8`);
      lines.push(`STACK CFI INIT ${address} 80 .cfa: $rsp 8 + .ra: .cfa -8 + ^`);
    }
    lines.push('INLINE_ORIGIN 0 inlined');
    return `${lines.join('\n')}\n`;
  }

  it('keeps a finished index intact while later parses reuse the space its parse grew into', () => {
    const first = parseSymbolFile(symbolText('first', 3000));
    const before = first.lookupSymbol(0x1000n + 2999n * 0x100n);
    for (let round = 0; round < 3; round++) parseSymbolFile(symbolText('later', 3000));
    const after = first.lookupSymbol(0x1000n + 2999n * 0x100n);
    expect(before).toMatchObject({ functionName: 'first_2999', sourceLine: 3001 });
    expect(after).toEqual(before);
    expect(first.lookupSymbol(0x1000n)).toMatchObject({
      functionName: 'first_0',
      inlines: [{ functionName: 'inlined', sourceLine: 1 }],
    });
    expect(first.findCfiRules(0x1000n + 2999n * 0x100n)).not.toBeNull();
  });
});
