/** OOMSignature: groups out-of-memory crashes under `OOM | small` or `OOM | large | …`. */
import { getCrashingThread, getThread } from '../crashing-thread.js';
import { PythonError } from '../python/python-error.js';
import { pythonInt } from '../python/python-int.js';
import {
  isPythonTruthy,
  pythonContains,
  pythonEquals,
  pythonGet,
} from '../python/python-values.js';
import type { SignatureRule, SignatureRuleContext } from '../signature-rule.js';

const NAME = 'OOMSignature';

/** Frames whose presence in the signature means the crash is an out-of-memory abort. */
const OOM_SIGNATURE_FRAGMENTS = [
  'NS_ABORT_OOM',
  'mozalloc_handle_oom',
  'CrashAtUnhandlableOOM',
  'AutoEnterOOMUnsafeRegion',
  'alloc::oom::oom',
];
const OOM_REASONS = ['STATUS_FATAL_MEMORY_EXHAUSTION', 'STATUS_NO_MEMORY'];
const OOM_LAST_ERRORS = ['ERROR_COMMITMENT_LIMIT', 'ERROR_NOT_ENOUGH_MEMORY'];
/** Allocations up to this size (256 KiB) are "small": the stack says little about the cause. */
const SMALL_ALLOCATION_MAX_BYTES = 262144n;

/**
 * Reads `oom_allocation_size`, `js_large_allocation_failure`, `reason`, the crashing thread's
 * `last_error_value` and the signature. Small allocations replace the whole signature with
 * `OOM | small` (the stack of a small failed allocation is noise); large or unknown sizes
 * prefix it. Bug 1007530, research/socorro-processor.md §3.2 step 4.
 */
export const oomSignatureRule: SignatureRule = {
  name: NAME,
  description:
    'Recognizes out-of-memory crashes (an allocation size, a JS large-allocation report, an ' +
    'OOM frame in the signature, an OOM last error or crash reason). Allocations up to 256 KiB ' +
    'become "OOM | small"; larger ones "OOM | large | <signature>", unknown sizes ' +
    '"OOM | unknown | <signature>".',
  predicate: isOutOfMemory,
  action({ crashData, result }) {
    if (pythonEquals(pythonGet(crashData, 'js_large_allocation_failure'), 'Reporting')) {
      result.setSignature(NAME, `OOM | large | ${result.signature}`);
      return;
    }
    let size: bigint;
    try {
      size = pythonInt(pythonGet(crashData, 'oom_allocation_size'));
    } catch (error) {
      if (
        error instanceof PythonError &&
        error.isOneOf('TypeError', 'AttributeError', 'KeyError')
      ) {
        result.setSignature(NAME, `OOM | unknown | ${result.signature}`);
        return;
      }
      throw error;
    }
    result.setSignature(
      NAME,
      size <= SMALL_ALLOCATION_MAX_BYTES ? 'OOM | small' : `OOM | large | ${result.signature}`,
    );
  },
};

function isOutOfMemory({ crashData, result }: SignatureRuleContext): boolean {
  if (isPythonTruthy(pythonGet(crashData, 'oom_allocation_size'))) return true;
  if (pythonEquals(pythonGet(crashData, 'js_large_allocation_failure'), 'Reporting')) return true;
  const signature = result.signature;
  if (signature === '') return false;
  if (OOM_SIGNATURE_FRAGMENTS.some((fragment) => signature.includes(fragment))) return true;
  const thread = getThread(crashData, getCrashingThread(crashData));
  if (isPythonTruthy(thread)) {
    const lastError = pythonGet(thread, 'last_error_value', '');
    if (OOM_LAST_ERRORS.some((value) => pythonEquals(lastError, value))) return true;
  }
  return pythonContains(OOM_REASONS, pythonGet(crashData, 'reason'));
}
