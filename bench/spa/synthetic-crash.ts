/**
 * A processed crash with many threads for the report page's render budget: `threads` threads
 * of `frames` frames each, in the stack walker's JSON shape, every fifth frame with two
 * inlined functions and every seventh module without symbols, as real large reports look.
 */
import type { ProcessedCrash, RawCrash } from '@cairn/core';

/** Builds the processed crash (and its raw crash) for `crashId`. */
export function buildSyntheticCrash(
  crashId: string,
  threads: number,
  frames: number,
  processedAt: Date,
): { raw: RawCrash; processed: ProcessedCrash } {
  const modules = Array.from({ length: 20 }, (_, index) => ({
    filename: `libmodule${index}.so`,
    debug_file: `libmodule${index}.so`,
    debug_id: `${String(index).padStart(2, '0')}ABCDEF0123456789ABCDEF012345670`,
    code_id: `abcdef${index}`,
    base_addr: `0x${(0x7f0000000000 + index * 0x100000).toString(16)}`,
    end_addr: `0x${(0x7f0000000000 + (index + 1) * 0x100000).toString(16)}`,
    version: '1.0.0',
    loaded_symbols: index % 7 !== 0,
    missing_symbols: index % 7 === 0,
    corrupt_symbols: false,
  }));
  const threadList = Array.from({ length: threads }, (_, threadIndex) => ({
    thread_name: threadIndex === 0 ? 'main' : `worker ${threadIndex}`,
    frame_count: frames,
    frames: Array.from({ length: frames }, (_, frameIndex) => {
      const module = modules[(threadIndex + frameIndex) % modules.length]!;
      const symbolized = !module.missing_symbols;
      return {
        frame: frameIndex,
        module: module.filename,
        module_offset: `0x${(0x1000 + frameIndex * 0x40).toString(16)}`,
        offset: `0x${(0x7f0000001000 + frameIndex * 0x40).toString(16)}`,
        trust: frameIndex === 0 ? 'context' : frameIndex % 3 === 0 ? 'scan' : 'cfi',
        missing_symbols: !symbolized,
        ...(symbolized && {
          function: `mozilla::dom::Namespace${frameIndex % 13}::Function${frameIndex}(int, char const*)`,
          function_offset: '0x12',
          file: `hg:hg.mozilla.org/mozilla-central:dom/base/File${frameIndex % 17}.cpp:abcdef`,
          line: 100 + frameIndex,
        }),
        inlines:
          symbolized && frameIndex % 5 === 0
            ? [
                { function: `inlined::Helper${frameIndex}A`, file: 'xpcom/Helper.h', line: 10 },
                { function: `inlined::Helper${frameIndex}B`, file: 'xpcom/Helper.h', line: 20 },
              ]
            : [],
      };
    }),
  }));
  const date = processedAt.toISOString();
  return {
    raw: { ProductName: 'Firefox', Version: '130.0', uuid: crashId, submitted_timestamp: date },
    processed: {
      uuid: crashId,
      product: 'Firefox',
      version: '130.0',
      signature: 'mozilla::dom::Namespace0::Function0',
      date_processed: date,
      crashing_thread: 0,
      os_name: 'Linux',
      cpu_arch: 'amd64',
      reason: 'SIGSEGV / SEGV_MAPERR',
      processor_notes: 'synthetic crash for bench/spa',
      json_dump: { crash_info: { crashing_thread: 0 }, threads: threadList, modules },
    },
  };
}
