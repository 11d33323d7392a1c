/**
 * The normalized frames of one thread: inline frames come first, each as its own frame
 * carrying the physical frame's module and addresses, then the physical frame; only the first
 * 40 count. Rust 1.34's bare panic names are repaired and, for Windows crashes, module names
 * lower-cased before normalizing. research/socorro-processor.md §3.3, §10 items 3–4.
 */
import {
  isPythonTruthy,
  pythonGet,
  pythonIterate,
  requirePythonStr,
} from '../python/python-values.js';
import type { SignatureListPattern } from '../lists/signature-lists.js';
import { normalizeFrame, type SignatureFrame } from './normalize-frame.js';
import { fixMissingModule } from './rust-missing-module.js';

/** How many frames (inlines included) signature generation looks at. */
export const MAXIMUM_FRAMES_TO_CONSIDER = 40;

/** The normalized frames of `thread` (a json_dump thread: `{frames: [...]}`). */
export function createFrameList(
  thread: unknown,
  lowercaseModules: boolean,
  lineNumbers: SignatureListPattern,
): string[] {
  const normalized: string[] = [];
  for (const generated of generateFrames(pythonGet(thread, 'frames', []))) {
    let frame = fixMissingModule(generated);
    if (lowercaseModules && isPythonTruthy(frame.module)) {
      frame = { ...frame, module: requirePythonStr(frame.module, 'lower').toLowerCase() };
    }
    normalized.push(normalizeFrame(frame, lineNumbers));
    if (normalized.length === MAXIMUM_FRAMES_TO_CONSIDER) break;
  }
  return normalized;
}

/**
 * Yields each frame's inlines then the frame itself. Lazy on purpose: frames past the 40th are
 * never read, so a malformed frame there cannot fail the rule (as in the reference).
 */
function* generateFrames(frames: unknown): Generator<SignatureFrame> {
  for (const frame of pythonIterate(frames)) {
    const inlines = pythonGet(frame, 'inlines');
    for (const inline of pythonIterate(isPythonTruthy(inlines) ? inlines : [])) {
      yield {
        module: pythonGet(frame, 'module'),
        function: pythonGet(inline, 'function'),
        file: pythonGet(inline, 'file'),
        line: pythonGet(inline, 'line'),
        module_offset: pythonGet(frame, 'module_offset'),
        offset: pythonGet(frame, 'offset'),
      };
    }
    yield {
      module: pythonGet(frame, 'module'),
      function: pythonGet(frame, 'function'),
      file: pythonGet(frame, 'file'),
      line: pythonGet(frame, 'line'),
      module_offset: pythonGet(frame, 'module_offset'),
      offset: pythonGet(frame, 'offset'),
      unloaded_modules: pythonGet(frame, 'unloaded_modules'),
    };
  }
}
