/**
 * Reads Bugzilla's `cf_crash_signature` field exactly as the reference does
 * (research/socorro-processor.md §7, `bugassociations`): the text is split on `[@`, the piece
 * before the first `[@` is dropped, and each other piece contributes everything up to its
 * *last* `]`, stripped of whitespace. A piece without `]` is ignored (a malformed entry), a
 * signature may itself contain brackets (`[@ sig_with[brackets]]` gives `sig_with[brackets]`),
 * and an empty `[@ ]` gives the empty signature, as in the reference.
 */

// Python's str.strip() whitespace, which differs from JavaScript's trim(): it includes the
// information separators U+001C–U+001F and U+0085, and not U+FEFF.
const PYTHON_WHITESPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SURROUNDING_WHITESPACE = new RegExp(`^[${PYTHON_WHITESPACE}]+|[${PYTHON_WHITESPACE}]+$`, 'g');

/** The signatures named in a `cf_crash_signature` value, each once. */
export function parseCrashSignatureField(text: string): Set<string> {
  const signatures = new Set<string>();
  for (const piece of text.split('[@').slice(1)) {
    const end = piece.lastIndexOf(']');
    if (end !== -1) signatures.add(piece.slice(0, end).replace(SURROUNDING_WHITESPACE, ''));
  }
  return signatures;
}
