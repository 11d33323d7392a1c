/** BadHardware: marks crashes caused by failing hardware. */
import { isPythonTruthy, pythonContains, pythonGet } from '../python/python-values.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'BadHardware';

/**
 * Reads `reason`; prepends `bad hardware | ` when it contains `STATUS_DEVICE_DATA_ERROR` (a
 * page-in error from a failing disk or memory), so those crashes don't pollute code
 * signatures. Bug 1733904, research/socorro-processor.md §3.2 step 3.
 */
export const badHardwareRule: SignatureRule = {
  name: NAME,
  description:
    'Prepends "bad hardware | " when the crash reason contains STATUS_DEVICE_DATA_ERROR ' +
    '(a read error from failing hardware).',
  predicate({ crashData }) {
    const reason = pythonGet(crashData, 'reason');
    return isPythonTruthy(reason) && pythonContains(reason, 'STATUS_DEVICE_DATA_ERROR');
  },
  action({ result }) {
    result.setSignature(NAME, `bad hardware | ${result.signature}`);
  },
};
