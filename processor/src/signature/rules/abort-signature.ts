/** AbortSignature: puts the abort message into the signature. */
import { codePointLength, codePointSlice, pythonStrip } from '../python/python-strings.js';
import {
  isPythonTruthy,
  pythonContains,
  pythonGet,
  requirePythonStr,
} from '../python/python-values.js';
import { dropBadCharacters } from '../drop-bad-characters.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'AbortSignature';
const ABORT_MARKER = '###!!! ABORT:';
const MAX_MESSAGE_LENGTH = 80;

/**
 * Reads `abort_message`; prepends `Abort | <message> | ` with the message cut to what stays
 * the same between builds (no log prefix, file name, line or localized font name), printable
 * ASCII only, at most 80 characters. Bug 803779, research/socorro-processor.md §3.2 step 5.
 */
export const abortSignatureRule: SignatureRule = {
  name: NAME,
  description:
    'Prepends "Abort | <message> | " from abort_message, keeping the text after "###!!! ABORT:" ' +
    'and before ": file ", without the localized part of font errors, printable ASCII only, ' +
    'cut to 80 characters. A message with no text before its file name adds just "Abort | ".',
  predicate: ({ crashData }) => isPythonTruthy(pythonGet(crashData, 'abort_message')),
  action({ crashData, result }) {
    let message = pythonGet(crashData, 'abort_message');
    if (pythonContains(message, '###!!! ABORT: file ')) {
      result.setSignature(NAME, `Abort | ${result.signature}`);
      return;
    }
    if (pythonContains(message, ABORT_MARKER)) {
      message = requirePythonStr(message, 'split').split(ABORT_MARKER).slice(1).join(ABORT_MARKER);
    }
    if (pythonContains(message, ': file ')) {
      message = requirePythonStr(message, 'split').split(': file ')[0]!;
    }
    if (pythonContains(message, 'unable to find a usable font')) {
      message = withoutParenthesizedPart(requirePythonStr(message, 'find'));
    }
    let text = pythonStrip(dropBadCharacters(message));
    if (codePointLength(text) > MAX_MESSAGE_LENGTH) {
      text = `${codePointSlice(text, 0, MAX_MESSAGE_LENGTH - 3)}...`;
    }
    result.setSignature(NAME, `Abort | ${text} | ${result.signature}`);
  },
};

/** Removes from the first `(` to the last `)`: the localized font name (bug 1385966). */
function withoutParenthesizedPart(message: string): string {
  const open = message.indexOf('(');
  const close = message.lastIndexOf(')');
  return open !== -1 && close !== -1 ? message.slice(0, open) + message.slice(close + 1) : message;
}
