import { describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR, shouldSkipSharedData } from '../fixtures/shared-data.js';
import { runConformance } from './processor-conformance.js';

describe.skipIf(shouldSkipSharedData())('processor conformance', () => {
  it('derives from every shared minidump what the rules derive from the reference walker output', async () => {
    const report = await runConformance(SHARED_DATA_DIR);
    expect(report.failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(30);
  }, 120_000);
});
