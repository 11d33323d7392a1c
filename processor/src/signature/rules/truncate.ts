/** SigTruncate: signatures are at most 255 characters. */
import { codePointLength, codePointSlice } from '../python/python-strings.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'SigTruncate';
/** The longest signature stored and indexed. */
export const SIGNATURE_MAX_LENGTH = 255;

/**
 * Reads the signature; one longer than 255 characters becomes its first 252 and `...`, with a
 * note. Clean-up rule, last of all. research/socorro-processor.md §3.2 step 14.
 */
export const truncateRule: SignatureRule = {
  name: NAME,
  description: 'Cuts signatures longer than 255 characters to 252 characters and "...".',
  predicate: ({ result }) => codePointLength(result.signature) > SIGNATURE_MAX_LENGTH,
  action({ result }) {
    result.setSignature(
      NAME,
      `${codePointSlice(result.signature, 0, SIGNATURE_MAX_LENGTH - 3)}...`,
    );
    result.info(NAME, 'SigTrunc: signature truncated due to length');
  },
};
