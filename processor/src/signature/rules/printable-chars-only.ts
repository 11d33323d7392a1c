/** SigPrintableCharsOnly: the signature keeps printable ASCII only. */
import { pythonStrip } from '../python/python-strings.js';
import { dropBadCharacters } from '../drop-bad-characters.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'SigPrintableCharsOnly';

/**
 * Reads the signature; trims it and deletes every character outside printable ASCII (tabs
 * and newlines are deleted, not turned into spaces), with a note when anything changed.
 * Clean-up rule; runs before whitespace fixing. research/socorro-processor.md §3.2 step 12.
 */
export const printableCharsOnlyRule: SignatureRule = {
  name: NAME,
  description:
    'Trims the signature and deletes every character that is not printable ASCII, noting it ' +
    'when anything changed.',
  action({ result }) {
    const cleaned = dropBadCharacters(pythonStrip(result.signature));
    if (cleaned === result.signature) return;
    result.setSignature(NAME, cleaned);
    result.info(NAME, 'unprintable characters removed');
  },
};
