import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance } from './signature-conformance.js';

const dataDir = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../shared'),
);
const available = existsSync(path.join(dataDir, 'socorro-data', 'signature-cases.json'));
if (!available && !process.env.CI) {
  console.warn(`signature conformance skipped: no conformance data in ${dataDir}`);
}

describe.skipIf(!available && !process.env.CI)('signature conformance', () => {
  it('reproduces every shared signature and normalization vector of the reference', async () => {
    const report = await runConformance(dataDir);
    expect(report.failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(0);
  });
});
