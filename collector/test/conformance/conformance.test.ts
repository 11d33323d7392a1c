import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance } from './run-conformance.js';

const dataDir = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../shared'),
);
const available = existsSync(path.join(dataDir, 'antenna-data', 'http_submit_vectors.json'));
if (!available && !process.env.CI) {
  console.warn(`collector conformance skipped: no conformance data in ${dataDir}`);
}

describe.skipIf(!available && !process.env.CI)('collector conformance', () => {
  it('answers, stores and publishes every shared Antenna vector as the reference does', async () => {
    const report = await runConformance(dataDir);
    expect(report.failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(0);
  }, 300_000);
});
