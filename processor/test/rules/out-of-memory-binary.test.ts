import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { outOfMemoryBinaryRule } from '../../src/rules/out-of-memory-binary.js';
import { runRule } from '../fixtures/rule-harness.js';

const withReport = (bytes: Uint8Array) => ({ dumps: new Map([['memory_report', bytes]]) });

describe('OutOfMemoryBinaryRule', () => {
  it('applies only when there is a memory_report dump', async () => {
    expect((await runRule(outOfMemoryBinaryRule)).applied).toBe(false);
  });

  it('parses the compressed report', async () => {
    const report = { version: 1, hasMozMallocUsableSize: true, reports: [] };
    const run = await runRule(outOfMemoryBinaryRule, withReport(gzipSync(JSON.stringify(report))));
    expect(run.processedCrash.memory_report).toEqual(report);
    expect(run.notes).toEqual([]);
  });

  it.each([
    ['not gzip', new Uint8Array([1, 2, 3]), 'error in gzip for memory_report'],
    ['not JSON', gzipSync('not json'), 'error in json for memory_report'],
    [
      'too large once decompressed',
      gzipSync(Buffer.alloc(20 * 1024 * 1024 + 10, 32)),
      'Uncompressed memory info too large',
    ],
  ])(
    'records a report that is %s as memory_report_error with a note',
    async (_case, bytes, text) => {
      const run = await runRule(outOfMemoryBinaryRule, withReport(bytes));
      expect(run.processedCrash).not.toHaveProperty('memory_report');
      expect(run.processedCrash.memory_report_error).toContain(text);
      expect(run.notes).toEqual([run.processedCrash.memory_report_error]);
    },
  );
});
