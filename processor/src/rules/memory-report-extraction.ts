/** MemoryReportExtraction: key measurements of the crashing process's memory report. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';
import { isJsonObject, readPath } from '../values/json-object.js';

/** Report paths summed as they are, by their memory_measures key. */
const MEASURED_PATHS: Readonly<Record<string, string>> = {
  'gfx-textures': 'gfx_textures',
  'ghost-windows': 'ghost_windows',
  'heap-allocated': 'heap_allocated',
  'host-object-urls': 'host_object_urls',
  'js-main-runtime': 'js_main_runtime',
  private: 'private',
  resident: 'resident',
  'resident-unique': 'resident_unique',
  'system-heap-allocated': 'system_heap_allocated',
  vsize: 'vsize',
  'vsize-max-contiguous': 'vsize_max_contiguous',
};
const UNITS_BYTES = 0;
const KIND_NONHEAP = 0;
const KIND_HEAP = 1;

/** A memory report that cannot be summarised. */
class MemoryReportError extends Error {
  override name = 'MemoryReportError';
}

/**
 * Reads `memory_report` (about:memory's JSON, from OutOfMemoryBinaryRule) and `json_dump.pid`;
 * writes `memory_measures` for the crashing process (the report's lines whose process names
 * `(pid <pid>)`): explicit, gfx_textures, ghost_windows, heap_allocated, heap_overhead,
 * heap_unclassified (heap-allocated − explicit heap), host_object_urls, images,
 * js_main_runtime, private, resident, resident_unique, system_heap_allocated,
 * top_none_detached, vsize, vsize_max_contiguous. A report it cannot read (no such process,
 * non-byte explicit measurements) leaves the field out. §1.2 rule 46.
 */
export const memoryReportExtractionRule: ProcessorRule = {
  name: 'MemoryReportExtraction',
  description:
    "Writes memory_measures: the crashing process's key memory-report numbers (explicit, heap, resident, vsize, ghost windows…).",
  writes: ['memory_measures'],
  predicate: ({ processedCrash }) =>
    isJsonObject(processedCrash.memory_report) &&
    Object.keys(processedCrash.memory_report).length > 0 &&
    readPath(processedCrash, 'json_dump.pid') !== undefined,
  action({ processedCrash }) {
    try {
      processedCrash.memory_measures = summariseMemoryReport(
        processedCrash.memory_report as Record<string, unknown>,
        readPath(processedCrash, 'json_dump.pid'),
      );
    } catch (error) {
      if (!(error instanceof MemoryReportError)) throw error;
    }
  },
};

/** The memory_measures of process `pid` in `report`; throws MemoryReportError when unusable. */
export function summariseMemoryReport(
  report: Record<string, unknown>,
  pid: unknown,
): Record<string, number> {
  if (!('version' in report && 'reports' in report && 'hasMozMallocUsableSize' in report)) {
    throw new MemoryReportError('not a recognisable memory report');
  }
  const measures: Record<string, number> = {
    explicit: 0,
    gfx_textures: 0,
    ghost_windows: 0,
    heap_allocated: 0,
    heap_overhead: 0,
    heap_unclassified: 0,
    host_object_urls: 0,
    images: 0,
    js_main_runtime: 0,
    private: 0,
    resident: 0,
    resident_unique: 0,
    system_heap_allocated: 0,
    top_none_detached: 0,
    vsize: 0,
    vsize_max_contiguous: 0,
  };
  const processTag = `(pid ${pythonStr(pid)})`;
  let explicitHeap = 0;
  let explicitNonHeap = 0;
  let found = false;
  for (const entry of Array.isArray(report.reports) ? report.reports : []) {
    if (!isJsonObject(entry) || typeof entry.process !== 'string') continue;
    if (!entry.process.includes(processTag)) continue;
    found = true;
    const path = pythonStr(entry.path ?? '');
    const amount = typeof entry.amount === 'number' ? entry.amount : 0;
    if (path.startsWith('explicit/')) {
      if (entry.units !== UNITS_BYTES) {
        throw new MemoryReportError(`bad units for an explicit/ report: ${path}`);
      }
      if (entry.kind === KIND_NONHEAP) explicitNonHeap += amount;
      else if (entry.kind === KIND_HEAP) explicitHeap += amount;
      else throw new MemoryReportError(`bad kind for an explicit/ report: ${path}`);
      if (path.includes('top(none)/detached')) measures.top_none_detached! += amount;
      if (path.startsWith('explicit/heap-overhead/')) measures.heap_overhead! += amount;
      if (path.startsWith('explicit/images/')) measures.images! += amount;
    } else if (Object.hasOwn(MEASURED_PATHS, path)) {
      measures[MEASURED_PATHS[path]!]! += amount;
    }
  }
  if (!found) throw new MemoryReportError(`no measurements found for pid ${pythonStr(pid)}`);
  measures.heap_unclassified = measures.heap_allocated! - explicitHeap;
  measures.explicit = measures.heap_allocated! + explicitNonHeap;
  return measures;
}
