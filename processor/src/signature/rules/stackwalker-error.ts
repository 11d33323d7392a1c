/** StackwalkerErrorSignatureRule: says why a signature is empty when the stack walker failed. */
import { isPythonTruthy, pythonGet, pythonStr } from '../python/python-values.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'StackwalkerErrorSignatureRule';

/**
 * Reads `mdsw_status_string`; appends `; <status>` to `EMPTY…` signatures, so a dump the
 * walker could not read groups by its error. research/socorro-processor.md §3.2 step 2.
 */
export const stackwalkerErrorRule: SignatureRule = {
  name: NAME,
  description:
    'Appends the stack walker status (mdsw_status_string) to an EMPTY signature, e.g. ' +
    '"EMPTY: no frame data available; EmptyMinidump".',
  predicate: ({ crashData, result }) =>
    result.signature.startsWith('EMPTY') &&
    isPythonTruthy(pythonGet(crashData, 'mdsw_status_string')),
  action({ crashData, result }) {
    const status = pythonStr(pythonGet(crashData, 'mdsw_status_string'));
    result.setSignature(NAME, `${result.signature}; ${status}`);
  },
};
