/**
 * Python's str methods where they differ from JavaScript's: which characters count as
 * whitespace (`str.strip`, `\s`), which end a line (`str.splitlines`), and lengths and slices
 * counted in code points rather than UTF-16 units. Signature rules use these so that trimming,
 * splitting and the 255-character limit behave as in the reference.
 */

/** Every character Python's `str.isspace()` accepts (what `str.strip()` removes by default). */
export const PYTHON_WHITESPACE =
  '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

/** A regular-expression character class source matching one Python whitespace character. */
export const PYTHON_WHITESPACE_CLASS =
  '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

const LINE_BREAKS = new Set([
  '\n',
  '\r',
  '\v',
  '\f',
  '\x1c',
  '\x1d',
  '\x1e',
  '\x85',
  '\u2028',
  '\u2029',
]);

/** Python's `text.strip(chars)`: removes the given characters (default: whitespace) at both ends. */
export function pythonStrip(text: string, chars: string = PYTHON_WHITESPACE): string {
  return pythonLstrip(pythonRstrip(text, chars), chars);
}

/** Python's `text.lstrip(chars)`. */
export function pythonLstrip(text: string, chars: string = PYTHON_WHITESPACE): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}

/** Python's `text.rstrip(chars)`. */
export function pythonRstrip(text: string, chars: string = PYTHON_WHITESPACE): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Python's `text.splitlines()`: splits on every line boundary Python knows; no trailing empty line. */
export function pythonSplitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (!LINE_BREAKS.has(char)) continue;
    lines.push(text.slice(start, i));
    if (char === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Python's `len(text)`: the number of code points. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Python's `text[start:end]` for non-negative bounds, counted in code points. */
export function codePointSlice(text: string, start: number, end?: number): string {
  if (isAscii(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
