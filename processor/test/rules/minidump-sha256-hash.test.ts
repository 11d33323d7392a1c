import { describe, expect, it } from 'vitest';
import { minidumpSha256HashRule } from '../../src/rules/minidump-sha256-hash.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('MinidumpSha256HashRule', () => {
  it("copies the collector's checksum of the main dump", async () => {
    const run = await runRule(minidumpSha256HashRule, {
      rawCrash: { metadata: { dump_checksums: { upload_file_minidump: 'e3b0c442', other: 'x' } } },
    });
    expect(run.processedCrash.minidump_sha256_hash).toBe('e3b0c442');
  });

  it('writes an empty string when there is no checksum', async () => {
    expect((await runRule(minidumpSha256HashRule)).processedCrash.minidump_sha256_hash).toBe('');
  });
});
