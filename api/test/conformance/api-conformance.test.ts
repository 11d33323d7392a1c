import { describe, expect, it } from 'vitest';
import { CONFORMANCE_DIR, hasCrashStatsData } from '../fixtures/conformance-dir.js';
import { runConformance } from './api-conformance.js';

describe.skipIf(!hasCrashStatsData())('api conformance suite', () => {
  it('replays every reference example and agrees with the reference’s field definitions', async () => {
    const report = await runConformance(CONFORMANCE_DIR);
    expect(report.failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(100);
  });
});
