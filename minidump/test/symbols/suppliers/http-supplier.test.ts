import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskSymbolCache } from '../../../src/symbols/suppliers/disk-cache.js';
import {
  createHttpSymbolSupplier,
  symbolUrl,
} from '../../../src/symbols/suppliers/http-supplier.js';
import { createLocalSymbolSupplier } from '../../../src/symbols/suppliers/local-supplier.js';
import { startSymbolServer, type SymbolServer } from './symbol-server.js';

const SYMBOLS = 'MODULE windows x86 ABC1 app.pdb\nFUNC 1000 10 0 main\n';
const RELATIVE = '/symbols/app.pdb/ABC1/app.sym';
const appModule = {
  codeFile: 'C:\\bin\\app.exe',
  codeId: '5a1b2c3d4000',
  debugFile: 'app.pdb',
  debugId: 'ABC1',
};
const otherModule = (index: number) => ({
  ...appModule,
  debugFile: `m${index}.pdb`,
  debugId: `ABC${index}`,
});

let server: SymbolServer | undefined;
let cacheDirectory: string;
beforeEach(async () => {
  cacheDirectory = await mkdtemp(path.join(os.tmpdir(), 'cairn-http-symbols-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(cacheDirectory, { recursive: true, force: true });
});

describe('HTTP symbol supplier', () => {
  it('downloads <base>/<path>?code_file&code_id and reports the URL', async () => {
    server = await startSymbolServer({ [RELATIVE]: (_, response) => response.end(SYMBOLS) });
    const located = await createHttpSymbolSupplier({ urls: [server.baseUrl] }).locateSymbols(
      appModule,
    );
    expect(located.symbolFile.lookupSymbol(0x1000n)?.functionName).toBe('main');
    expect(located.symbolUrl).toBe(
      `${server.baseUrl}/app.pdb/ABC1/app.sym?code_file=app.exe&code_id=5a1b2c3d4000`,
    );
    expect(server.requests[0]?.query.get('code_file')).toBe('app.exe');
  });

  it('accepts gzip both as Content-Encoding and as a plain gzip body', async () => {
    server = await startSymbolServer({
      [RELATIVE]: (_, response) => {
        response.setHeader('content-encoding', 'gzip');
        response.end(gzipSync(SYMBOLS));
      },
      '/symbols/raw.pdb/ABC1/raw.sym': (_, response) => response.end(gzipSync(SYMBOLS)),
    });
    const supplier = createHttpSymbolSupplier({ urls: [server.baseUrl] });
    expect((await supplier.locateSymbols(appModule)).symbolFile.functionCount).toBe(1);
    expect(
      (await supplier.locateSymbols({ ...appModule, debugFile: 'raw.pdb' })).symbolFile
        .functionCount,
    ).toBe(1);
  });

  it('tries each server in order', async () => {
    server = await startSymbolServer({
      '/symbols/second/app.pdb/ABC1/app.sym': (_, response) => response.end(SYMBOLS),
    });
    const located = await createHttpSymbolSupplier({
      urls: [`${server.baseUrl}/first`, `${server.baseUrl}/second/`],
    }).locateSymbols(appModule);
    expect(located.symbolUrl).toContain('/second/');
    expect(server.requests.map((request) => request.path)).toEqual([
      '/symbols/first/app.pdb/ABC1/app.sym',
      '/symbols/second/app.pdb/ABC1/app.sym',
    ]);
  });

  it('remembers a 404 for the negative-cache TTL, then asks again', async () => {
    server = await startSymbolServer({});
    let now = 0;
    const supplier = createHttpSymbolSupplier({
      urls: [server.baseUrl],
      negativeCacheTtlMs: 1000,
      now: () => now,
    });
    await expect(supplier.locateSymbols(appModule)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(supplier.locateSymbols(appModule)).rejects.toMatchObject({ kind: 'not-found' });
    expect(server.requests).toHaveLength(1);
    now = 1001;
    await expect(supplier.locateSymbols(appModule)).rejects.toMatchObject({ kind: 'not-found' });
    expect(server.requests).toHaveLength(2);
  });

  it('reports load-failed for a server error and does not remember it', async () => {
    server = await startSymbolServer({
      [RELATIVE]: (_, response) => {
        response.statusCode = 503;
        response.end();
      },
    });
    const supplier = createHttpSymbolSupplier({ urls: [server.baseUrl] });
    await expect(supplier.locateSymbols(appModule)).rejects.toMatchObject({ kind: 'load-failed' });
    await expect(supplier.locateSymbols(appModule)).rejects.toMatchObject({ kind: 'load-failed' });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on a download that exceeds the timeout', async () => {
    server = await startSymbolServer({
      [RELATIVE]: async (_, response) => {
        response.write('FUNC 1000 10 0 main\n');
        await sleep(2000);
        response.end();
      },
    });
    const started = Date.now();
    await expect(
      createHttpSymbolSupplier({ urls: [server.baseUrl], timeoutMs: 200 }).locateSymbols(appModule),
    ).rejects.toMatchObject({
      kind: 'load-failed',
    });
    expect(Date.now() - started).toBeLessThan(1900);
  });

  it('runs at most maxConcurrentDownloads downloads at once', async () => {
    const routes = Object.fromEntries(
      Array.from({ length: 6 }, (_, index) => [
        `/symbols/m${index}.pdb/ABC${index}/m${index}.sym`,
        async (_: unknown, response: { end(text: string): void }) => {
          await sleep(50);
          response.end(SYMBOLS);
        },
      ]),
    );
    server = await startSymbolServer(routes);
    const supplier = createHttpSymbolSupplier({
      urls: [server.baseUrl],
      maxConcurrentDownloads: 2,
    });
    await Promise.all(
      Array.from({ length: 6 }, (_, index) => supplier.locateSymbols(otherModule(index))),
    );
    expect(server.requests).toHaveLength(6);
    expect(server.maxConcurrent()).toBe(2);
  });

  it('shares one download between concurrent requests for the same file', async () => {
    server = await startSymbolServer({
      [RELATIVE]: async (_, response) => {
        await sleep(30);
        response.end(SYMBOLS);
      },
    });
    const supplier = createHttpSymbolSupplier({ urls: [server.baseUrl] });
    const [a, b] = await Promise.all([
      supplier.locateSymbols(appModule),
      supplier.locateSymbols(appModule),
    ]);
    expect(a.symbolFile).toBe(b.symbolFile);
    expect(server.requests).toHaveLength(1);
  });

  it('saves a download in the disk cache with its INFO URL, readable by a local supplier', async () => {
    server = await startSymbolServer({ [RELATIVE]: (_, response) => response.end(SYMBOLS) });
    const cache = new DiskSymbolCache(cacheDirectory);
    const located = await createHttpSymbolSupplier({ urls: [server.baseUrl], cache }).locateSymbols(
      appModule,
    );
    const saved = await readFile(path.join(cacheDirectory, 'app.pdb/ABC1/app.sym'), 'utf8');
    expect(saved).toBe(`${SYMBOLS}INFO URL ${located.symbolUrl}\n`);
    const fromCache = await createLocalSymbolSupplier({ paths: [cacheDirectory] }).locateSymbols(
      appModule,
    );
    expect(fromCache.symbolUrl).toBe(located.symbolUrl);
    expect(await readdir(cache.temporaryDirectory)).toEqual([]);
  });

  it('treats a corrupt download as a miss, tries the next server and caches nothing', async () => {
    server = await startSymbolServer({
      '/symbols/bad/app.pdb/ABC1/app.sym': (_, response) => response.end('FUNC 1000 10 0 main'),
    });
    const cache = new DiskSymbolCache(cacheDirectory);
    const supplier = createHttpSymbolSupplier({
      urls: [`${server.baseUrl}/bad`, `${server.baseUrl}/empty`],
      cache,
    });
    await expect(supplier.locateSymbols(appModule)).rejects.toMatchObject({ kind: 'not-found' });
    expect(server.requests.map((request) => request.path)).toEqual([
      '/symbols/bad/app.pdb/ABC1/app.sym',
      '/symbols/empty/app.pdb/ABC1/app.sym',
    ]);
    await expect(readFile(path.join(cacheDirectory, 'app.pdb/ABC1/app.sym'))).rejects.toMatchObject(
      { code: 'ENOENT' },
    );
    expect(await readdir(cache.temporaryDirectory)).toEqual([]);
  });

  it('reports missing-debug-info without asking any server', async () => {
    server = await startSymbolServer({});
    await expect(
      createHttpSymbolSupplier({ urls: [server.baseUrl] }).locateSymbols({
        ...appModule,
        debugId: null,
      }),
    ).rejects.toMatchObject({
      kind: 'missing-debug-info',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('symbolUrl', () => {
  it('joins the base URL with or without a trailing slash and sends an empty code id when unknown', () => {
    const module = {
      codeFile: '/usr/lib/libxul.so',
      codeId: null,
      debugFile: 'libxul.so',
      debugId: 'A0',
    };
    expect(symbolUrl('https://s.example/try', 'libxul.so/A0/libxul.so.sym', module)).toBe(
      'https://s.example/try/libxul.so/A0/libxul.so.sym?code_file=libxul.so&code_id=',
    );
    expect(symbolUrl('https://s.example/try/', 'x/A0/x.sym', module)).toBe(
      'https://s.example/try/x/A0/x.sym?code_file=libxul.so&code_id=',
    );
  });
});
