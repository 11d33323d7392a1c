/** TopMostFilesRule: the source file at the top of the crashing stack. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { isJsonObject, readPath } from '../values/json-object.js';

/**
 * Reads `crashing_thread` and that thread's frames in `json_dump.threads`; writes
 * `topmost_filenames`: the first non-empty source file walking down from the top, where a
 * frame's inline frames (which executed "inside" it) come before the frame itself. One file,
 * despite the plural name. Nothing is written when no frame has a file. Bug 519703, §1.2 rule 42.
 */
export const topMostFilesRule: ProcessorRule = {
  name: 'TopMostFilesRule',
  description:
    'Writes topmost_filenames: the first source file found walking the crashing stack from the top, inline frames first.',
  writes: ['topmost_filenames'],
  action({ processedCrash }) {
    const crashingThread = processedCrash.crashing_thread;
    if (typeof crashingThread !== 'number' || !Number.isInteger(crashingThread)) return;
    const threads = readPath(processedCrash, 'json_dump.threads', []);
    if (!Array.isArray(threads)) return;
    // A negative index counts from the end, as the reference's Python lists do.
    const thread = threads.at(crashingThread);
    if (!isJsonObject(thread) || !Array.isArray(thread.frames)) return;
    for (const frame of thread.frames) {
      if (!isJsonObject(frame)) continue;
      const inlines = Array.isArray(frame.inlines) ? frame.inlines : [];
      for (const inline of inlines) {
        if (isJsonObject(inline) && typeof inline.file === 'string' && inline.file) {
          processedCrash.topmost_filenames = inline.file;
          return;
        }
      }
      if (typeof frame.file === 'string' && frame.file) {
        processedCrash.topmost_filenames = frame.file;
        return;
      }
    }
  },
};
