/** HungProcess: marks crash reports taken from a hung process. */
import { pythonGet, pythonStr } from '../python/python-values.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'HungProcess';

/**
 * Reads `hang`; any non-null value (even the empty string) prepends `hang: <value> | `,
 * outermost of all prefixes, so hangs never mix with crashes. research §3.2 step 11.
 */
export const hungProcessRule: SignatureRule = {
  name: NAME,
  description: 'Prepends "hang: <type> | " when the report comes from a hung process (hang set).',
  predicate({ crashData }) {
    const hang = pythonGet(crashData, 'hang');
    return hang !== null && hang !== undefined;
  },
  action({ crashData, result }) {
    result.setSignature(
      NAME,
      `hang: ${pythonStr(pythonGet(crashData, 'hang'))} | ${result.signature}`,
    );
  },
};
