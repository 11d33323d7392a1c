import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance, runStackwalkConformance } from './stackwalk-suite.js';

const dataDir = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../shared'),
);
const available = existsSync(path.join(dataDir, 'minidumps'));
if (!available && process.env.CI) throw new Error(`conformance data missing at ${dataDir}`);

describe.skipIf(!available)('conformance: stackwalk against minidump-stackwalk --json', () => {
  it('reproduces every corpus document without symbols and refuses the dumps the reference refuses', async () => {
    const report = await runStackwalkConformance(dataDir);
    expect(report.failures).toEqual([]);
    expect(report.identicalDocuments).toBe(report.passed);
    expect(report.passed).toBeGreaterThan(30);
  });

  it('matches frames and crash_info on every corpus dump with symbols', async () => {
    const report = await runConformance(dataDir);
    expect(report.failures).toEqual([]);
  });
});
