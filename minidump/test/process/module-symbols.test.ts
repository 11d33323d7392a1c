import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stackwalkBytes } from '../../src/cli/stackwalk.js';
import { createLocalSymbolSupplier } from '../../src/symbols/suppliers/local-supplier.js';
import { createSymbolCache } from '../../src/symbols/suppliers/symbol-cache.js';
import type { SymbolSupplier } from '../../src/symbols/suppliers/symbol-supplier.js';

const dataDir = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../shared'),
);
const minidumps = path.join(dataDir, 'minidumps');
const available = existsSync(minidumps);
if (!available && process.env.CI) throw new Error(`conformance data missing at ${dataDir}`);

async function walkText(dump: Uint8Array, supplier: SymbolSupplier): Promise<string> {
  const result = await stackwalkBytes(dump, supplier);
  return JSON.stringify(result.ok ? result.json : result.kind);
}

describe.skipIf(!available)('module symbols over an in-memory symbol cache', () => {
  it('gives warm walks (files and misses answered from memory) the same JSON as uncached walks', async () => {
    const symbolPaths = [path.join(minidumps, 'symbols')];
    const uncached = createLocalSymbolSupplier({ paths: symbolPaths });
    const cache = createSymbolCache({ supplier: uncached, maxBytes: 512 * 1024 * 1024 });
    const dumps = readdirSync(minidumps)
      .filter((name) => name.endsWith('.dmp'))
      .map((name) => readFileSync(path.join(minidumps, name)));
    for (const dump of dumps) await walkText(dump, cache);
    const before = cache.stats();
    for (const dump of dumps) {
      expect(await walkText(dump, cache)).toBe(await walkText(dump, uncached));
    }
    const after = cache.stats();
    expect(after.misses).toBe(before.misses);
    expect(after.hits).toBeGreaterThan(before.hits);
    expect(after.missHits).toBeGreaterThan(before.missHits);
  });
});
