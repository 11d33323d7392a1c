import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSymbolFile } from '../../../src/symbols/parse/read-symbol-file.js';
import { parseSymbolFile } from '../../../src/symbols/parse/symbol-file-parser.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-read-symbol-file-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** A symbol file of about 2.5 MB: lines cross the 1 MiB read boundaries. */
function largeSymbolText(): string {
  const lines = ['MODULE Linux x86_64 0123456789ABCDEF0123456789ABCDEF0 big.so', 'FILE 0 big.c'];
  for (let index = 0; index < 40_000; index++) {
    const start = 0x1000 + index * 0x40;
    lines.push(`FUNC ${start.toString(16)} 40 0 function_${index}(int, char const*)`);
    lines.push(`${start.toString(16)} 20 ${index + 1} 0`, `${(start + 0x20).toString(16)} 20 7 0`);
  }
  return `${lines.join('\n')}\n`;
}

describe('readSymbolFile', () => {
  it('reads a file larger than one read chunk exactly as parsing it from memory does', async () => {
    const text = largeSymbolText();
    const file = path.join(directory, 'big.sym');
    await writeFile(file, text);
    const fromDisk = await readSymbolFile(file);
    const fromMemory = parseSymbolFile(text);
    expect(fromDisk.stats).toEqual(fromMemory.stats);
    expect(fromDisk.stats.byteCount).toBeGreaterThan(2 * (1 << 20));
    for (const index of [0, 16_383, 16_384, 39_999]) {
      const offset = BigInt(0x1000 + index * 0x40 + 0x21);
      expect(fromDisk.lookupSymbol(offset)).toEqual(fromMemory.lookupSymbol(offset));
      expect(fromDisk.lookupSymbol(offset)?.functionName).toBe(
        `function_${index}(int, char const*)`,
      );
    }
  });

  it('rejects a missing file with the file system error', async () => {
    await expect(readSymbolFile(path.join(directory, 'missing.sym'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
