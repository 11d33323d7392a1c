/** SigFixWhitespace: one space between words, none at the ends. */
import { PYTHON_WHITESPACE_CLASS, pythonStrip } from '../python/python-strings.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'SigFixWhitespace';
const WHITESPACE = new RegExp(PYTHON_WHITESPACE_CLASS, 'g');
const WHITESPACE_RUN = new RegExp(`${PYTHON_WHITESPACE_CLASS}{2,}`, 'g');

/**
 * Reads the signature; trims it, turns whitespace into spaces and collapses runs to one space,
 * so signatures that differ only in spacing are one. Clean-up rule. research §3.2 step 13.
 */
export const fixWhitespaceRule: SignatureRule = {
  name: NAME,
  description: 'Trims the signature and collapses every run of whitespace to one space.',
  action({ result }) {
    const fixed = pythonStrip(result.signature)
      .replace(WHITESPACE, ' ')
      .replace(WHITESPACE_RUN, ' ');
    if (fixed !== result.signature) result.setSignature(NAME, fixed);
  },
};
