import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalSymbolSupplier } from '../../../src/symbols/suppliers/local-supplier.js';
import { SymbolSupplierError } from '../../../src/symbols/suppliers/symbol-supplier.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cairn-local-symbols-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const appModule = {
  codeFile: 'c:\\bin\\app.exe',
  codeId: null,
  debugFile: 'c:\\build\\app.pdb',
  debugId: 'ABCDEF0123456789ABCDEF01234567891',
};

async function store(directory: string, relative: string, text: string): Promise<string> {
  const file = path.join(directory, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

describe('local symbol supplier', () => {
  it('finds a file in symbol-store layout and reports its INFO URL as the symbol URL', async () => {
    await store(
      root,
      'app.pdb/ABCDEF0123456789ABCDEF01234567891/app.sym',
      'MODULE windows x86 ABCDEF0123456789ABCDEF01234567891 app.pdb\nFUNC 1000 10 0 main\nINFO URL https://symbols.example/app.sym\n',
    );
    const located = await createLocalSymbolSupplier({ paths: [root] }).locateSymbols(appModule);
    expect(located.symbolFile.lookupSymbol(0x1000n)?.functionName).toBe('main');
    expect(located.symbolUrl).toBe('https://symbols.example/app.sym');
  });

  it('searches the paths in order', async () => {
    const first = path.join(root, 'first');
    const second = path.join(root, 'second');
    await mkdir(first);
    await store(
      second,
      'app.pdb/ABCDEF0123456789ABCDEF01234567891/app.sym',
      'FUNC 1000 10 0 from_second\n',
    );
    const located = await createLocalSymbolSupplier({
      paths: [path.join(root, 'missing'), first, second],
    }).locateSymbols(appModule);
    expect(located.symbolFile.lookupSymbol(0x1000n)?.functionName).toBe('from_second');
    expect(located.symbolUrl).toBeNull();
  });

  it('uses a single .sym file for the module whose debug id matches its MODULE line', async () => {
    const single = await store(
      root,
      'loose.sym',
      'MODULE windows x86 abcdef0123456789abcdef01234567891 app.pdb\nFUNC 1000 10 0 loose\n',
    );
    const supplier = createLocalSymbolSupplier({ paths: [single] });
    expect((await supplier.locateSymbols(appModule)).symbolFile.functionCount).toBe(1);
    await expect(supplier.locateSymbols({ ...appModule, debugId: 'FFFF' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('returns a corrupt file instead of failing', async () => {
    await store(root, 'app.pdb/ABCDEF0123456789ABCDEF01234567891/app.sym', 'FUNC 1000 10 0 main');
    const located = await createLocalSymbolSupplier({ paths: [root] }).locateSymbols(appModule);
    expect(located.symbolFile.stats.corrupt).toBe(true);
  });

  it('says not-found when no path has the file, and missing-debug-info without ids', async () => {
    expect.assertions(4);
    const supplier = createLocalSymbolSupplier({ paths: [root] });
    try {
      await supplier.locateSymbols(appModule);
    } catch (error) {
      expect(error).toBeInstanceOf(SymbolSupplierError);
      expect((error as SymbolSupplierError).kind).toBe('not-found');
    }
    await expect(supplier.locateSymbols({ ...appModule, debugId: null })).rejects.toMatchObject({
      kind: 'missing-debug-info',
    });
    await expect(supplier.locateSymbols({ ...appModule, debugFile: null })).rejects.toMatchObject({
      kind: 'missing-debug-info',
    });
  });

  it('skips a missing path, a directory where the file should be and a file on the way to it', async () => {
    await mkdir(path.join(root, 'dirs/app.pdb/ABCDEF0123456789ABCDEF01234567891/app.sym'), {
      recursive: true,
    });
    await store(root, 'blocked/app.pdb', 'not a directory');
    await store(
      root,
      'good/app.pdb/ABCDEF0123456789ABCDEF01234567891/app.sym',
      'MODULE windows x86 ABCDEF0123456789ABCDEF01234567891 app.pdb\nFUNC 1000 10 0 found\n',
    );
    const supplier = createLocalSymbolSupplier({
      paths: [
        path.join(root, 'missing'),
        path.join(root, 'dirs'),
        path.join(root, 'blocked'),
        path.join(root, 'good'),
      ],
    });
    const located = await supplier.locateSymbols(appModule);
    expect(located.symbolFile.lookupSymbol(0x1000n)?.functionName).toBe('found');
  });

  // /proc/self/mem is a regular file whose read at offset 0 fails with EIO, even for root.
  it.skipIf(!existsSync('/proc/self/mem'))(
    'reports load-failed when the file exists but cannot be read',
    async () => {
      await mkdir(path.join(root, 'app.pdb/ABCDEF0123456789ABCDEF01234567891'), {
        recursive: true,
      });
      await symlink(
        '/proc/self/mem',
        path.join(root, 'app.pdb/ABCDEF0123456789ABCDEF01234567891/app.sym'),
      );
      await expect(
        createLocalSymbolSupplier({ paths: [root] }).locateSymbols(appModule),
      ).rejects.toMatchObject({ kind: 'load-failed' });
    },
  );
});
