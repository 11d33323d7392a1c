/**
 * Which thread crashed and its data. A missing, null or non-numeric index means thread 0
 * (research/socorro-processor.md §10 item 2); a negative index counts from the end and an index
 * past the end finds no thread, as the reference's path lookup does.
 */
import { PythonError } from './python/python-error.js';
import { pythonInt } from './python/python-int.js';
import { isPythonDict, pythonGet } from './python/python-values.js';
import type { SignatureCrashData } from './signature-crash-data.js';

/** The crashing thread index of `crashData` (Python's `int(crashing_thread)`, else 0). */
export function getCrashingThread(crashData: SignatureCrashData): bigint {
  try {
    return pythonInt(pythonGet(crashData, 'crashing_thread', 0));
  } catch (error) {
    if (error instanceof PythonError && error.isOneOf('TypeError', 'ValueError')) return 0n;
    throw error;
  }
}

/** `threads[index]` of `crashData`, or `{}` when there is no such thread. */
export function getThread(crashData: SignatureCrashData, index: bigint): unknown {
  const threads = pythonGet(crashData, 'threads');
  if (Array.isArray(threads)) {
    const position = index < 0n ? BigInt(threads.length) + index : index;
    return position >= 0n && position < BigInt(threads.length) ? threads[Number(position)] : {};
  }
  if (isPythonDict(threads)) return pythonGet(threads, index.toString(), {});
  return {};
}
