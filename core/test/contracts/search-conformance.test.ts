import { describe, expect, it } from 'vitest';
import { requireService } from '../../../test/services.js';
import { conformanceDir } from '../fields/reference-fields.js';
import { runConformance } from './search-conformance.js';
import { SEARCH_CASES } from './search-cases.js';

const dataDir = conformanceDir();
const elasticsearch = await requireService('elasticsearch');

describe.skipIf(!dataDir)('conformance search', () => {
  it('answers every case on every adapter and replays the reference examples in shape', async () => {
    const report = await runConformance(dataDir!, { elasticsearchUrl: elasticsearch?.url ?? null });
    expect(report.failures).toEqual([]);
    const adapters = elasticsearch ? 2 : 1;
    expect(report.passed).toBeGreaterThan(SEARCH_CASES.length * adapters);
  }, 180_000);
});
