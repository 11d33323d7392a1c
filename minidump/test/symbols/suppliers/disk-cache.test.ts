import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskSymbolCache } from '../../../src/symbols/suppliers/disk-cache.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-disk-cache-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('disk symbol cache', () => {
  it('makes nothing visible until commit, then renames the whole file into place', async () => {
    const cache = new DiskSymbolCache(directory);
    const writer = await cache.createWriter('a.pdb/ID/a.sym');
    await writer.write(Buffer.from('FUNC 0 1 0 f\n'));
    await expect(stat(path.join(directory, 'a.pdb/ID/a.sym'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await writer.commit('https://s.example/a.sym');
    expect(await readFile(path.join(directory, 'a.pdb/ID/a.sym'), 'utf8')).toBe(
      'FUNC 0 1 0 f\nINFO URL https://s.example/a.sym\n',
    );
    expect(await readdir(cache.temporaryDirectory)).toEqual([]);
  });

  it('removes the partial file on abort', async () => {
    const cache = new DiskSymbolCache(directory, path.join(directory, 'partial'));
    const writer = await cache.createWriter('a.pdb/ID/a.sym');
    await writer.write(Buffer.from('FUNC'));
    expect(await readdir(path.join(directory, 'partial'))).toHaveLength(1);
    await writer.abort();
    expect(await readdir(path.join(directory, 'partial'))).toEqual([]);
  });

  it('replaces an existing entry', async () => {
    const cache = new DiskSymbolCache(directory);
    for (const url of ['https://old', 'https://new']) {
      const writer = await cache.createWriter('a/ID/a.sym');
      await writer.commit(url);
    }
    expect(await readFile(path.join(directory, 'a/ID/a.sym'), 'utf8')).toBe(
      'INFO URL https://new\n',
    );
  });

  it('refuses a path that leaves the cache directory', async () => {
    await expect(new DiskSymbolCache(directory).createWriter('../escape.sym')).rejects.toThrow(
      'escapes the cache directory',
    );
  });
});
