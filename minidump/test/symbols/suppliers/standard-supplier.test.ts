import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSymbolSupplier } from '../../../src/symbols/suppliers/standard-supplier.js';
import { startSymbolServer, type SymbolServer } from './symbol-server.js';

const appModule = { codeFile: 'app.exe', codeId: null, debugFile: 'app.pdb', debugId: 'ABC1' };
let root: string;
let server: SymbolServer | undefined;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cairn-standard-supplier-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

describe('standard symbol supplier', () => {
  it('prefers local paths, then the download cache, then the symbol server', async () => {
    server = await startSymbolServer({
      '/symbols/app.pdb/ABC1/app.sym': (_, response) => response.end('FUNC 0 1 0 from_server\n'),
    });
    const cacheDirectory = path.join(root, 'cache');
    const supplier = createSymbolSupplier({ symbolUrls: [server.baseUrl], cacheDirectory });
    expect(
      (await supplier.locateSymbols(appModule)).symbolFile.lookupSymbol(0n)?.functionName,
    ).toBe('from_server');
    const second = await createSymbolSupplier({
      symbolUrls: [server.baseUrl],
      cacheDirectory,
    }).locateSymbols(appModule);
    expect(second.symbolUrl).toContain('/symbols/app.pdb/ABC1/app.sym');
    expect(server.requests).toHaveLength(1);

    const local = path.join(root, 'local');
    await mkdir(path.join(local, 'app.pdb/ABC1'), { recursive: true });
    await writeFile(path.join(local, 'app.pdb/ABC1/app.sym'), 'FUNC 0 1 0 from_local\n');
    const preferred = await createSymbolSupplier({
      symbolPaths: [local],
      symbolUrls: [server.baseUrl],
      cacheDirectory,
    }).locateSymbols(appModule);
    expect(preferred.symbolFile.lookupSymbol(0n)?.functionName).toBe('from_local');
    expect(server.requests).toHaveLength(1);
  });

  it('finds nothing when no source is configured', async () => {
    await expect(createSymbolSupplier({}).locateSymbols(appModule)).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
