import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSignature } from '../../../src/signature/generate-signature.js';
import { loadSignatureLists } from '../../../src/signature/lists/load-signature-lists.js';
import { buildSignatureCrashData } from '../../../src/signature/signature-crash-data.js';

const shared = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../../shared'),
);
const expectedDir = path.join(shared, 'minidumps', 'expected');
const available = existsSync(expectedDir);
if (!available && !process.env.CI)
  console.warn(`default siglists corpus test skipped: no ${expectedDir}`);

describe.skipIf(!available && !process.env.CI)("Cairn's default signature lists", () => {
  it('sign every symbolicated corpus crash as the reference lists do', async () => {
    const cairnLists = await loadSignatureLists();
    const referenceLists = await loadSignatureLists(path.join(shared, 'socorro-data', 'siglists'));
    const files = (await readdir(expectedDir)).filter(
      (file) => file.endsWith('.json') && !file.includes('nosym'),
    );
    expect(files.length).toBeGreaterThan(0);
    const differences: string[] = [];
    for (const file of files) {
      const jsonDump: unknown = JSON.parse(await readFile(path.join(expectedDir, file), 'utf8'));
      const crashData = buildSignatureCrashData({ json_dump: jsonDump });
      const cairn = generateSignature(crashData, cairnLists).signature;
      const reference = generateSignature(crashData, referenceLists).signature;
      if (cairn !== reference) differences.push(`${file}: ${cairn} (reference: ${reference})`);
      expect(cairn).not.toMatch(/^EMPTY/);
    }
    expect(differences).toEqual([]);
  });
});
