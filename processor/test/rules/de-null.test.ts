import { describe, expect, it } from 'vitest';
import { deNullRule } from '../../src/rules/de-null.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('DeNullRule', () => {
  it('removes NUL characters from keys and text values', async () => {
    const run = await runRule(deNullRule, {
      rawCrash: { 'Product\0Name': 'Fire\0fox', Version: '1\0.0', Clean: 'as is', Count: 3 },
    });
    expect(run.rawCrash).toEqual({
      ProductName: 'Firefox',
      Version: '1.0',
      Clean: 'as is',
      Count: 3,
    });
  });

  it('leaves values that are not text alone', async () => {
    const metadata = { dump_checksums: { upload_file_minidump: 'abc' } };
    const run = await runRule(deNullRule, { rawCrash: { metadata, flag: true } });
    expect(run.rawCrash).toEqual({ metadata, flag: true });
  });
});
