/** ModulesInStackRule: the modules the crashing stack runs through. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';
import { isJsonObject, readPath } from '../values/json-object.js';

const BAD_FILENAME_CHARACTERS = /[^a-zA-Z0-9_.-]/g;
const BAD_DEBUG_ID_CHARACTERS = /[^a-fA-F0-9]/g;

/**
 * Reads `json_dump.modules` and the crashing thread's frames; writes `modules_in_stack`: the
 * sorted, distinct `<filename>/<debug id>` of every module a crashing-thread frame is in,
 * joined by `;` (filenames keep only letters, digits, `_`, `.` and `-`; debug ids only hex
 * digits). Searching it finds crashes that went through a given build of a library.
 * §1.2 rule 43.
 */
export const modulesInStackRule: ProcessorRule = {
  name: 'ModulesInStackRule',
  description:
    'Writes modules_in_stack: the sorted "filename/debugid" of every module in the crashing stack, joined by ";".',
  writes: ['modules_in_stack'],
  predicate: ({ processedCrash }) => 'json_dump' in processedCrash,
  action({ processedCrash }) {
    const crashingThread = processedCrash.crashing_thread;
    if (typeof crashingThread !== 'number' || !Number.isInteger(crashingThread)) return;
    const threads = readPath(processedCrash, 'json_dump.threads', []);
    const thread = Array.isArray(threads) ? threads.at(crashingThread) : undefined;
    if (!isJsonObject(thread) || !Array.isArray(thread.frames)) return;
    const modules = readPath(processedCrash, 'json_dump.modules', []);
    const infoByFilename = new Map<unknown, string>();
    for (const module of Array.isArray(modules) ? modules : []) {
      if (!isJsonObject(module) || !('filename' in module)) continue;
      const filename = pythonStr(module.filename ?? '').replace(BAD_FILENAME_CHARACTERS, '');
      const debugId = pythonStr(module.debug_id ?? '').replace(BAD_DEBUG_ID_CHARACTERS, '');
      infoByFilename.set(module.filename, `${filename}/${debugId}`);
    }
    const inStack = new Set<string>();
    for (const frame of thread.frames) {
      const info = isJsonObject(frame) ? infoByFilename.get(frame.module) : undefined;
      if (info) inStack.add(info);
    }
    if (inStack.size > 0) processedCrash.modules_in_stack = [...inStack].sort().join(';');
  },
};
