import { describe, expect, it } from 'vitest';
import { collectorMetadataRule } from '../../src/rules/collector-metadata.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('CollectorMetadataRule', () => {
  it("copies the collector's metadata", async () => {
    const metadata = { collector_notes: ['note'], dump_checksums: { upload_file_minidump: 'ab' } };
    const run = await runRule(collectorMetadataRule, { rawCrash: { metadata } });
    expect(run.processedCrash.collector_metadata).toEqual(metadata);
  });

  it('writes an empty object when there is none', async () => {
    expect((await runRule(collectorMetadataRule)).processedCrash.collector_metadata).toEqual({});
  });
});
