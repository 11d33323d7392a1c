import { describe, expect, it } from 'vitest';
import { parseSymbolFile } from '../../../src/symbols/parse/symbol-file-parser.js';
import { createSymbolCache } from '../../../src/symbols/suppliers/symbol-cache.js';
import {
  type SymbolModule,
  type SymbolSupplier,
  SymbolSupplierError,
} from '../../../src/symbols/suppliers/symbol-supplier.js';

const moduleNamed = (name: string): SymbolModule => ({
  codeFile: name,
  codeId: null,
  debugFile: name,
  debugId: 'A0',
});

/** A supplier that parses a file with `functions` FUNCs per module name and counts its calls. */
function countingSupplier(functions: number): SymbolSupplier & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async locateSymbols(module) {
      calls.push(module.codeFile);
      if (module.codeFile === 'missing') throw new SymbolSupplierError('not-found', 'missing');
      const text = Array.from(
        { length: functions },
        (_, index) => `FUNC ${(index * 16).toString(16)} 10 0 ${module.codeFile}_${index}\n`,
      ).join('');
      return { symbolFile: parseSymbolFile(text), symbolUrl: null };
    },
  };
}

describe('in-process symbol cache', () => {
  it('parses a module once and serves it from memory afterwards', async () => {
    const supplier = countingSupplier(10);
    const cache = createSymbolCache({ supplier, maxBytes: 10_000_000 });
    const first = await cache.locateSymbols(moduleNamed('a'));
    const second = await cache.locateSymbols(moduleNamed('a'));
    expect(second).toBe(first);
    expect(supplier.calls).toEqual(['a']);
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1 });
  });

  it('shares one load between concurrent requests', async () => {
    const supplier = countingSupplier(10);
    const cache = createSymbolCache({ supplier, maxBytes: 10_000_000 });
    const [a, b] = await Promise.all([
      cache.locateSymbols(moduleNamed('a')),
      cache.locateSymbols(moduleNamed('a')),
    ]);
    expect(a).toBe(b);
    expect(supplier.calls).toEqual(['a']);
  });

  it('evicts the least recently used files to stay under maxBytes', async () => {
    const supplier = countingSupplier(500);
    const size = (await supplier.locateSymbols(moduleNamed('probe'))).symbolFile.estimatedBytes;
    supplier.calls.length = 0;
    const cache = createSymbolCache({ supplier, maxBytes: Math.floor(size * 2.5) });
    await cache.locateSymbols(moduleNamed('a'));
    await cache.locateSymbols(moduleNamed('b'));
    await cache.locateSymbols(moduleNamed('a'));
    await cache.locateSymbols(moduleNamed('c'));
    expect(cache.stats()).toMatchObject({ entries: 2, evictions: 1 });
    expect(cache.stats().cachedBytes).toBeLessThanOrEqual(Math.floor(size * 2.5));
    await cache.locateSymbols(moduleNamed('a'));
    await cache.locateSymbols(moduleNamed('b'));
    expect(supplier.calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a file bigger than the whole budget', async () => {
    const supplier = countingSupplier(100);
    const cache = createSymbolCache({ supplier, maxBytes: 10 });
    await cache.locateSymbols(moduleNamed('a'));
    await cache.locateSymbols(moduleNamed('a'));
    expect(supplier.calls).toEqual(['a', 'a']);
    expect(cache.stats().entries).toBe(0);
  });

  it('remembers a module without symbols until the miss TTL has passed', async () => {
    let now = 1_000;
    const supplier = countingSupplier(1);
    const cache = createSymbolCache({
      supplier,
      maxBytes: 10_000_000,
      missTtlMs: 500,
      now: () => now,
    });
    await expect(cache.locateSymbols(moduleNamed('missing'))).rejects.toMatchObject({
      kind: 'not-found',
    });
    now = 1_499;
    const remembered = cache.locateSymbols(moduleNamed('missing'));
    await expect(remembered).rejects.toBeInstanceOf(SymbolSupplierError);
    await expect(remembered).rejects.toMatchObject({ kind: 'not-found', message: 'missing' });
    expect(cache.knownSymbols(moduleNamed('missing'))).toEqual({
      kind: 'not-found',
      message: 'missing',
    });
    expect(supplier.calls).toEqual(['missing']);
    expect(cache.stats()).toMatchObject({ rememberedMisses: 1, missHits: 2 });
    now = 1_500;
    expect(cache.knownSymbols(moduleNamed('missing'))).toBeUndefined();
    await expect(cache.locateSymbols(moduleNamed('missing'))).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(supplier.calls).toEqual(['missing', 'missing']);
  });

  it('remembers modules without debug ids, but not files that failed to load', async () => {
    const calls: string[] = [];
    const cache = createSymbolCache({
      supplier: {
        locateSymbols(module) {
          calls.push(module.codeFile);
          const kind = module.codeFile === 'broken' ? 'load-failed' : 'missing-debug-info';
          return Promise.reject(new SymbolSupplierError(kind, module.codeFile));
        },
      },
      maxBytes: 10_000_000,
    });
    for (let round = 0; round < 2; round++) {
      await expect(cache.locateSymbols(moduleNamed('broken'))).rejects.toMatchObject({
        kind: 'load-failed',
      });
      await expect(cache.locateSymbols(moduleNamed('no-ids'))).rejects.toMatchObject({
        kind: 'missing-debug-info',
      });
    }
    expect(calls).toEqual(['broken', 'no-ids', 'broken']);
  });

  it('forgets the oldest remembered miss beyond maxMisses', async () => {
    const calls: string[] = [];
    const cache = createSymbolCache({
      supplier: {
        locateSymbols(module) {
          calls.push(module.codeFile);
          return Promise.reject(new SymbolSupplierError('not-found', module.codeFile));
        },
      },
      maxBytes: 10_000_000,
      maxMisses: 2,
    });
    for (const name of ['a', 'b', 'c']) {
      await expect(cache.locateSymbols(moduleNamed(name))).rejects.toThrow(name);
    }
    expect(cache.stats().rememberedMisses).toBe(2);
    expect(['a', 'b', 'c'].map((name) => cache.knownSymbols(moduleNamed(name)))).toEqual([
      undefined,
      { kind: 'not-found', message: 'b' },
      { kind: 'not-found', message: 'c' },
    ]);
    cache.clear();
    expect(cache.knownSymbols(moduleNamed('c'))).toBeUndefined();
  });

  it('remembers nothing with a zero miss TTL', async () => {
    const supplier = countingSupplier(1);
    const cache = createSymbolCache({ supplier, maxBytes: 10_000_000, missTtlMs: 0 });
    await expect(cache.locateSymbols(moduleNamed('missing'))).rejects.toThrow('missing');
    await expect(cache.locateSymbols(moduleNamed('missing'))).rejects.toThrow('missing');
    expect(supplier.calls).toEqual(['missing', 'missing']);
  });

  it('answers a cached file without waiting and counts it as a hit', async () => {
    const supplier = countingSupplier(1);
    const cache = createSymbolCache({ supplier, maxBytes: 10_000_000 });
    expect(cache.knownSymbols(moduleNamed('a'))).toBeUndefined();
    const located = await cache.locateSymbols(moduleNamed('a'));
    expect(cache.knownSymbols(moduleNamed('a'))).toBe(located);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('keys modules by code file, code id, debug file and debug id', async () => {
    const supplier = countingSupplier(1);
    const cache = createSymbolCache({ supplier, maxBytes: 10_000_000 });
    await cache.locateSymbols(moduleNamed('a'));
    await cache.locateSymbols({ ...moduleNamed('a'), debugId: 'B0' });
    await cache.locateSymbols({ ...moduleNamed('a'), codeId: 'c0de' });
    expect(supplier.calls).toHaveLength(3);
    cache.clear();
    expect(cache.stats()).toMatchObject({ entries: 0, cachedBytes: 0 });
  });
});
