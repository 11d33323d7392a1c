import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  codeIdRelativePath,
  createCodeIdLookup,
  debugInfoFromLocation,
} from '../../../src/symbols/suppliers/code-id-lookup.js';
import { createSymbolSupplier } from '../../../src/symbols/suppliers/standard-supplier.js';
import { startSymbolServer, type SymbolServer } from './symbol-server.js';

const DEBUG_ID = '3249D99D0C4049318610F4E4FB0B69361';
const noDebugInfo = {
  codeFile: 'C:\\Windows\\System32\\ntdll.dll',
  codeId: '5b4ae5a11b2000',
  debugFile: null,
  debugId: null,
};
const CODE_PATH = '/symbols/ntdll.dll/5B4AE5A11B2000/ntdll.sym';
const redirectTo =
  (location: string) =>
  (
    _: unknown,
    response: { statusCode: number; setHeader(name: string, value: string): void; end(): void },
  ) => {
    response.statusCode = 302;
    response.setHeader('location', location);
    response.end();
  };

let server: SymbolServer | undefined;
let cacheDirectory: string;
beforeEach(async () => {
  cacheDirectory = await mkdtemp(path.join(os.tmpdir(), 'cairn-code-id-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(cacheDirectory, { recursive: true, force: true });
});

describe('code-id paths and redirect locations', () => {
  it('builds <code leaf>/<CODE ID>/<leaf with .dll replaced by .sym>', () => {
    expect(codeIdRelativePath(noDebugInfo)).toBe('ntdll.dll/5B4AE5A11B2000/ntdll.sym');
    expect(codeIdRelativePath({ ...noDebugInfo, codeFile: 'app.exe' })).toBe(
      'app.exe/5B4AE5A11B2000/app.exe.sym',
    );
    expect(codeIdRelativePath({ ...noDebugInfo, codeId: null })).toBeNull();
  });

  it('reads the debug file and id from the end of the Location path', () => {
    expect(
      debugInfoFromLocation(`https://s3.example/v1/ntdll.pdb/${DEBUG_ID}/ntdll.sym?X-Amz=1`),
    ).toEqual({ debugFile: 'ntdll.pdb', debugId: DEBUG_ID });
    expect(
      debugInfoFromLocation('/ntdll.pdb/3249D99D0C4049318610F4E4FB0B6936001E/ntdll.sym'),
    ).toEqual({
      debugFile: 'ntdll.pdb',
      debugId: '3249D99D0C4049318610F4E4FB0B6936' + '1e',
    });
    expect(debugInfoFromLocation('/ntdll.pdb/not-a-debug-id/ntdll.sym')).toBeNull();
    expect(debugInfoFromLocation('ntdll.sym')).toBeNull();
    expect(debugInfoFromLocation(null)).toBeNull();
  });
});

describe('code-id lookup against a symbol server', () => {
  it('follows nothing and returns the debug info named by a 302', async () => {
    server = await startSymbolServer({
      [CODE_PATH]: redirectTo(`/elsewhere/ntdll.pdb/${DEBUG_ID}/ntdll.sym`),
    });
    const lookUp = createCodeIdLookup({ urls: [server.baseUrl] });
    expect(await lookUp(noDebugInfo)).toEqual({ debugFile: 'ntdll.pdb', debugId: DEBUG_ID });
    expect(server.requests.map((request) => request.path)).toEqual([CODE_PATH]);
  });

  it('returns null and remembers the miss when no server redirects', async () => {
    server = await startSymbolServer({});
    const lookUp = createCodeIdLookup({ urls: [server.baseUrl], now: () => 0 });
    expect(await lookUp(noDebugInfo)).toBeNull();
    expect(await lookUp(noDebugInfo)).toBeNull();
    expect(server.requests).toHaveLength(1);
  });

  it('lets the standard supplier fetch the real symbol file and report the discovered ids', async () => {
    server = await startSymbolServer({
      [CODE_PATH]: redirectTo(`/symbols/ntdll.pdb/${DEBUG_ID}/ntdll.sym`),
      [`/symbols/ntdll.pdb/${DEBUG_ID}/ntdll.sym`]: (_, response) =>
        response.end('FUNC 1000 10 0 NtWaitForSingleObject\n'),
    });
    const located = await createSymbolSupplier({
      symbolUrls: [server.baseUrl],
      cacheDirectory,
    }).locateSymbols(noDebugInfo);
    expect(located.symbolFile.lookupSymbol(0x1000n)?.functionName).toBe('NtWaitForSingleObject');
    expect(located.discoveredDebugInfo).toEqual({ debugFile: 'ntdll.pdb', debugId: DEBUG_ID });
  });

  it('leaves a module without code id to fail as missing-debug-info', async () => {
    server = await startSymbolServer({});
    await expect(
      createSymbolSupplier({ symbolUrls: [server.baseUrl], cacheDirectory }).locateSymbols({
        ...noDebugInfo,
        codeId: null,
      }),
    ).rejects.toMatchObject({ kind: 'missing-debug-info' });
    expect(server.requests).toHaveLength(0);
  });
});
