/**
 * The `collector` conformance suite: every vector group of shared/antenna-data replayed
 * against the real collector (npm run conformance -- collector).
 */
import { runHealthVectors } from './health-vectors.js';
import { runHttpSubmitVectors } from './http-submit-vectors.js';
import { runThrottlerConditionVectors, runThrottlerVectors } from './throttler-vectors.js';
import { runUnitVectors } from './unit-vectors.js';
import type { GroupReport } from './vector-file.js';

/** Runs every group and adds up the results. */
export async function runConformance(dataDir: string): Promise<GroupReport> {
  const total: GroupReport = { passed: 0, failed: 0, failures: [] };
  for (const run of [
    runHttpSubmitVectors,
    runThrottlerVectors,
    runThrottlerConditionVectors,
    runUnitVectors,
    runHealthVectors,
  ]) {
    const report = await run(dataDir);
    total.passed += report.passed;
    total.failed += report.failed;
    total.failures.push(...report.failures);
  }
  return total;
}
