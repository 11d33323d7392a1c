/** OutOfMemoryBinaryRule: reads the memory report attached to OOM crashes. */
import { gunzipSync } from 'node:zlib';
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/** The largest memory report accepted once decompressed. */
export const MAX_MEMORY_REPORT_BYTES = 20 * 1024 * 1024;

/**
 * Reads the `memory_report` dump (gzip-compressed JSON that Firefox attaches to out-of-memory
 * crashes); writes it parsed as `memory_report` (protected), or the reason it could not be
 * read as `memory_report_error` with a note. Reports over 20 MiB once decompressed are refused
 * before they are parsed. §1.2 rule 25.
 */
export const outOfMemoryBinaryRule: ProcessorRule = {
  name: 'OutOfMemoryBinaryRule',
  description:
    'Parses the gzip-compressed memory_report dump into memory_report (or memory_report_error with a note); at most 20 MiB decompressed.',
  writes: ['memory_report', 'memory_report_error'],
  predicate: ({ dumps }) => dumps.has('memory_report'),
  action({ dumps, processedCrash, notes }) {
    const fail = (message: string) => {
      notes.add(message);
      processedCrash.memory_report_error = message;
    };
    let text: Buffer;
    try {
      text = gunzipSync(dumps.get('memory_report')!, {
        maxOutputLength: MAX_MEMORY_REPORT_BYTES + 1,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') {
        fail(`Uncompressed memory info too large (max: ${MAX_MEMORY_REPORT_BYTES})`);
      } else {
        fail(`error in gzip for memory_report: ${code ?? 'unreadable'}`);
      }
      return;
    }
    if (text.length > MAX_MEMORY_REPORT_BYTES) {
      fail(`Uncompressed memory info too large ${text.length} (max: ${MAX_MEMORY_REPORT_BYTES})`);
      return;
    }
    try {
      processedCrash.memory_report = JSON.parse(text.toString('utf8'));
    } catch {
      fail('error in json for memory_report');
    }
  },
};
