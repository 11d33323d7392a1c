import { describe, expect, it } from 'vitest';
import {
  memoryReportExtractionRule,
  summariseMemoryReport,
} from '../../src/rules/memory-report-extraction.js';
import { runRule } from '../fixtures/rule-harness.js';

const report = (process: string, path: string, amount: number, kind = 2, units = 0) => ({
  process,
  path,
  amount,
  kind,
  units,
  description: '',
});
const REPORT = {
  version: 1,
  hasMozMallocUsableSize: true,
  reports: [
    report('Main Process (pid 42)', 'explicit/heap-unclassified', 100, 1),
    report('Main Process (pid 42)', 'explicit/images/content', 30, 1),
    report('Main Process (pid 42)', 'explicit/heap-overhead/bin-unused', 20, 1),
    report('Main Process (pid 42)', 'explicit/window-objects/top(none)/detached/x', 7, 1),
    report('Main Process (pid 42)', 'explicit/gfx/textures', 50, 0),
    report('Main Process (pid 42)', 'heap-allocated', 1000),
    report('Main Process (pid 42)', 'resident', 5000),
    report('Main Process (pid 42)', 'ghost-windows', 2, 2, 1),
    report('Main Process (pid 42)', 'js-main-runtime', 300),
    report('Web Content (pid 43)', 'resident', 9999),
  ],
};

describe('MemoryReportExtraction', () => {
  it('needs a memory report and the crashing pid', async () => {
    expect(
      (await runRule(memoryReportExtractionRule, { processedCrash: { memory_report: REPORT } }))
        .applied,
    ).toBe(false);
  });

  it("sums the crashing process's measurements", async () => {
    const run = await runRule(memoryReportExtractionRule, {
      processedCrash: { memory_report: REPORT, json_dump: { pid: 42 } },
    });
    expect(run.processedCrash.memory_measures).toEqual({
      explicit: 1050,
      gfx_textures: 0,
      ghost_windows: 2,
      heap_allocated: 1000,
      heap_overhead: 20,
      heap_unclassified: 1000 - 157,
      host_object_urls: 0,
      images: 30,
      js_main_runtime: 300,
      private: 0,
      resident: 5000,
      resident_unique: 0,
      system_heap_allocated: 0,
      top_none_detached: 7,
      vsize: 0,
      vsize_max_contiguous: 0,
    });
  });

  it.each([
    ['no process with the pid', { ...REPORT }, 99],
    ['not a memory report', { reports: [] }, 42],
    [
      'an explicit measurement not in bytes',
      { ...REPORT, reports: [report('P (pid 42)', 'explicit/x', 1, 1, 1)] },
      42,
    ],
  ])('writes nothing for %s', async (_case, memoryReport, pid) => {
    const run = await runRule(memoryReportExtractionRule, {
      processedCrash: { memory_report: memoryReport, json_dump: { pid } },
    });
    expect(run.processedCrash).not.toHaveProperty('memory_measures');
    expect(() => summariseMemoryReport(memoryReport, pid)).toThrow();
  });
});
