import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance } from './symbols-suite.js';

const dataDir = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../../shared'),
);
const available = existsSync(path.join(dataDir, 'minidumps', 'expected'));
if (!available && !process.env.CI) {
  console.warn(`symbols conformance skipped: no minidump corpus in ${dataDir}`);
}

describe.skipIf(!available && !process.env.CI)('symbols conformance', () => {
  it('reproduces the function, offsets, source line and inlines of every symbolicated corpus frame', async () => {
    const report = await runConformance(dataDir);
    expect(report.failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(0);
  });
});
