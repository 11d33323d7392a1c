import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirectorySync } from '../../src/adapters/crash-storage/directory-sync.js';
import { createDurableFileWriter } from '../../src/adapters/crash-storage/durable-file-writer.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cairn-durable-'));
});
afterEach(async () => {
  await chmod(root, 0o755).catch(() => {});
  await rm(root, { recursive: true, force: true });
});

/** Every file under `directory`, as paths relative to it. */
async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('DurableFileWriter', () => {
  it('writes every file of a call into directories it creates, leaving no temporary files', async () => {
    const writer = createDurableFileWriter();
    await writer.writeFiles([
      { path: path.join(root, 'a', 'b', 'one'), body: Buffer.from('first') },
      { path: path.join(root, 'c', 'two'), body: Buffer.from('second') },
    ]);
    expect(await listFiles(root)).toEqual([path.join('a', 'b', 'one'), path.join('c', 'two')]);
    expect(await readFile(path.join(root, 'a', 'b', 'one'), 'utf8')).toBe('first');
    expect(await readFile(path.join(root, 'c', 'two'), 'utf8')).toBe('second');
  });

  it('replaces a file whole', async () => {
    const writer = createDurableFileWriter();
    const file = path.join(root, 'x');
    await writer.writeFiles([{ path: file, body: Buffer.alloc(100_000, 1) }]);
    await writer.writeFiles([{ path: file, body: Buffer.from('short') }]);
    expect(await readFile(file, 'utf8')).toBe('short');
  });

  it('recreates a directory removed after it was first used', async () => {
    const writer = createDurableFileWriter();
    const file = path.join(root, 'day', 'crash');
    await writer.writeFiles([{ path: file, body: Buffer.from('1') }]);
    await rm(path.join(root, 'day'), { recursive: true });
    await writer.writeFiles([{ path: file, body: Buffer.from('2') }]);
    expect(await readFile(file, 'utf8')).toBe('2');
  });

  it('fails the whole call, renames nothing and removes its temporary files when one file cannot be written', async () => {
    const writer = createDurableFileWriter();
    await mkdir(path.join(root, 'ok'));
    // A directory where a file should go: its temporary file can be written but not renamed over it.
    await mkdir(path.join(root, 'ok', 'blocked'));
    await mkdir(path.join(root, 'ok', 'blocked', 'inside'));
    await expect(
      writer.writeFiles([
        { path: path.join(root, 'ok', 'first'), body: Buffer.from('1') },
        { path: path.join(root, 'ok', 'blocked'), body: Buffer.from('2') },
      ]),
    ).rejects.toThrow();
    const left = await readdir(path.join(root, 'ok'));
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never makes the last file visible when an earlier one could not be put in place', async () => {
    const writer = createDurableFileWriter();
    const last = path.join(root, 'raw', 'crash');
    // A non-empty directory where a dump should go: its temporary file is written, the rename fails.
    await mkdir(path.join(root, 'dump', 'blocked', 'inside'), { recursive: true });
    await expect(
      writer.writeFiles([
        { path: path.join(root, 'dump', 'first'), body: Buffer.from('1') },
        { path: path.join(root, 'dump', 'blocked'), body: Buffer.from('2') },
        { path: last, body: Buffer.from('{}') },
      ]),
    ).rejects.toThrow();
    expect(existsSync(last)).toBe(false);
    expect((await listFiles(root)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

describe('DirectorySync', () => {
  it('gathers the callers that arrive during a round into one shared next round', async () => {
    const sync = createDirectorySync();
    const first = sync.flush([root]);
    // Both arrive while the first round is in flight, so they share the next one: the missing
    // directory fails it for both.
    const missing = sync.flush([path.join(root, 'missing')]);
    const sharing = sync.flush([root]);
    await expect(first).resolves.toBeUndefined();
    await expect(missing).rejects.toThrow(/ENOENT/);
    await expect(sharing).rejects.toThrow(/ENOENT/);
  });

  it('rejects the callers of a round whose flush fails, and serves later rounds', async () => {
    const sync = createDirectorySync();
    await expect(sync.flush([path.join(root, 'missing')])).rejects.toThrow(/ENOENT/);
    await expect(sync.flush([root])).resolves.toBeUndefined();
  });
});
