/**
 * Drops what precedes a function's name — storage class and return type, as in
 * `static void * Allocator<T>::malloc(unsigned __int64)` — by splitting on spaces outside
 * brackets and keeping the last part. research/socorro-processor.md §3.3 (C++ step 2).
 */
import { PythonError } from '../python/python-error.js';
import { pythonIterate } from '../python/python-values.js';

const CLOSER_OF: Readonly<Record<string, string>> = {
  '(': ')',
  '{': '}',
  '[': ']',
  '<': '>',
  '`': "'",
};
const CLOSERS = new Set(Object.values(CLOSER_OF));

/**
 * The last space-separated token of `functionName` at bracket depth 0, with a trailing
 * `(args)` or `[clone …]` token re-attached to the name before it. A name ending in spaces
 * yields the empty string, as in the reference; an empty name raises Python's IndexError.
 */
export function dropPrefixAndReturnType(functionName: unknown): string {
  const tokens: string[] = [];
  const openers: string[] = [];
  let current = '';
  let hasCurrent = false;
  for (const char of pythonIterate(functionName) as string[]) {
    if (char in CLOSER_OF) openers.push(char);
    else if (CLOSERS.has(char) && openers.length > 0 && CLOSER_OF[openers.at(-1)!] === char) {
      openers.pop();
    } else if (char === ' ' && openers.length === 0) {
      tokens.push(current);
      current = '';
      hasCurrent = false;
      continue;
    }
    current += char;
    hasCurrent = true;
  }
  if (hasCurrent) tokens.push(current);
  while (tokens.length > 1 && /^(\(|\[clone)/.test(tokens.at(-1)!)) {
    const last = tokens.pop()!;
    tokens.push(`${tokens.pop()!} ${last}`);
  }
  const name = tokens.at(-1);
  if (name === undefined) throw new PythonError('IndexError', 'list index out of range');
  return name;
}
