import { describe, expect, it } from 'vitest';
import { parseSymbolFile } from '../../../src/symbols/parse/symbol-file-parser.js';
import { createSymbolSupplierChain } from '../../../src/symbols/suppliers/supplier-chain.js';
import {
  type SymbolSupplier,
  SymbolSupplierError,
  type SymbolSupplierErrorKind,
} from '../../../src/symbols/suppliers/symbol-supplier.js';

const module = { codeFile: 'app', codeId: null, debugFile: 'app', debugId: 'A0' };
const failing = (kind: SymbolSupplierErrorKind, calls: string[], name: string): SymbolSupplier => ({
  locateSymbols: async () => {
    calls.push(name);
    throw new SymbolSupplierError(kind, name);
  },
});
const finding = (calls: string[], name: string): SymbolSupplier => ({
  locateSymbols: async () => {
    calls.push(name);
    return { symbolFile: parseSymbolFile(`FUNC 0 1 0 ${name}\n`), symbolUrl: null };
  },
});

describe('supplier chain', () => {
  it('moves on after not-found and stops at the first file', async () => {
    const calls: string[] = [];
    const chain = createSymbolSupplierChain([
      failing('not-found', calls, 'a'),
      finding(calls, 'b'),
      finding(calls, 'c'),
    ]);
    expect((await chain.locateSymbols(module)).symbolFile.lookupSymbol(0n)?.functionName).toBe('b');
    expect(calls).toEqual(['a', 'b']);
  });

  it('stops at load-failed and missing-debug-info, as the reference does', async () => {
    for (const kind of ['load-failed', 'missing-debug-info'] as const) {
      const calls: string[] = [];
      const chain = createSymbolSupplierChain([failing(kind, calls, 'a'), finding(calls, 'b')]);
      await expect(chain.locateSymbols(module)).rejects.toMatchObject({ kind });
      expect(calls).toEqual(['a']);
    }
  });

  it('reports not-found when every supplier misses, or there are none', async () => {
    const calls: string[] = [];
    await expect(
      createSymbolSupplierChain([failing('not-found', calls, 'a')]).locateSymbols(module),
    ).rejects.toMatchObject({ kind: 'not-found' });
    await expect(createSymbolSupplierChain([]).locateSymbols(module)).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
