import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSymbolSupplierFromSettings } from '../../src/stackwalk/symbol-supplier-options.js';

const module = { codeFile: 'libapp.so', codeId: null, debugFile: 'libapp.so', debugId: 'ABC0' };

describe('the symbol supplier built from the processor settings', () => {
  let store: string;
  beforeEach(async () => {
    store = await mkdtemp(path.join(tmpdir(), 'cairn-symbol-settings-'));
  });
  afterEach(() => rm(store, { recursive: true, force: true }));

  /** Asks for the module, adds its symbol file, asks again: did the second ask find it? */
  async function findsFileAddedAfterAMiss(missTtlMs: number | undefined): Promise<boolean> {
    const supplier = createSymbolSupplierFromSettings({
      paths: [store],
      urls: [],
      cacheDirectory: path.join(store, 'cache'),
      memoryBytes: 1e8,
      ...(missTtlMs === undefined ? {} : { missTtlMs }),
    })!;
    await expect(supplier.locateSymbols(module)).rejects.toMatchObject({ kind: 'not-found' });
    await mkdir(path.join(store, 'libapp.so', 'ABC0'), { recursive: true });
    await writeFile(
      path.join(store, 'libapp.so', 'ABC0', 'libapp.so.sym'),
      'MODULE Linux x86_64 ABC0 libapp.so\nFUNC 0 10 0 main\n',
    );
    return supplier.locateSymbols(module).then(
      (located) => located.symbolFile.lookupSymbol(0n)?.functionName === 'main',
      () => false,
    );
  }

  it('remembers a module without symbols for a while by default', async () => {
    expect(await findsFileAddedAfterAMiss(undefined)).toBe(false);
  });

  it('looks again on every request with a miss TTL of 0', async () => {
    expect(await findsFileAddedAfterAMiss(0)).toBe(true);
  });
});
