/**
 * Reads `type; name=value; …` header values (Content-Type, Content-Disposition) exactly as the
 * reference's framework does (Falcon's `parse_header`, itself Python's old `cgi.parse_header`):
 * parameter names lowercased, values optionally quoted with `\"` and `\\` escapes, the last
 * duplicate winning. Odd inputs must split the same way, so this is not a general RFC parser.
 */

/** A header value split into its main value and its parameters. */
export interface ParsedHeaderValue {
  readonly value: string;
  readonly parameters: ReadonlyMap<string, string>;
}

/** The characters Python's `str.isspace()` accepts (JavaScript's `\s` differs on a few). */
const SPACE =
  '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const LEADING_OR_TRAILING_SPACE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');
const TRAILING_SPACE = new RegExp(`${SPACE}+$`);

/** Python's `str.strip()`. */
export function stripPythonWhitespace(text: string): string {
  return text.replace(LEADING_OR_TRAILING_SPACE, '');
}

/** Python's `str.rstrip()`. */
export function rstripPythonWhitespace(text: string): string {
  return text.replace(TRAILING_SPACE, '');
}

/** Splits a header value into its main value and parameters, as Falcon's parse_header does. */
export function parseHeaderValue(line: string): ParsedHeaderValue {
  if (!line.includes('"') && !line.includes('\\')) return parseUnquoted(line);
  return parseQuoted(line);
}

/** Falcon's fast path for values without quotes or backslashes. */
function parseUnquoted(line: string): ParsedHeaderValue {
  const semicolon = line.indexOf(';');
  const parameters = new Map<string, string>();
  if (semicolon < 0) return { value: stripPythonWhitespace(line), parameters };
  for (const part of line.slice(semicolon + 1).split(';')) {
    const equals = part.indexOf('=');
    if (equals >= 0) {
      parameters.set(
        stripPythonWhitespace(part.slice(0, equals)).toLowerCase(),
        stripPythonWhitespace(part.slice(equals + 1)),
      );
    }
  }
  return { value: stripPythonWhitespace(line.slice(0, semicolon)), parameters };
}

/** The old standard-library algorithm: semicolons inside quotes do not split. */
function parseQuoted(line: string): ParsedHeaderValue {
  const [value = '', ...pieces] = splitParameters(`;${line}`);
  const parameters = new Map<string, string>();
  for (const piece of pieces) {
    const equals = piece.indexOf('=');
    if (equals < 0) continue;
    const name = stripPythonWhitespace(piece.slice(0, equals)).toLowerCase();
    let parameter = stripPythonWhitespace(piece.slice(equals + 1));
    if (parameter.length >= 2 && parameter.startsWith('"') && parameter.endsWith('"')) {
      parameter = parameter.slice(1, -1).replaceAll('\\\\', '\\').replaceAll('\\"', '"');
    }
    parameters.set(name, parameter);
  }
  return { value, parameters };
}

/** Cuts `;a;b="x;y"` into stripped pieces, not splitting inside an odd number of quotes. */
function splitParameters(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.startsWith(';')) {
    rest = rest.slice(1);
    let end = rest.indexOf(';');
    while (end > 0 && (countOf(rest, '"', end) - countOf(rest, '\\"', end)) % 2 !== 0) {
      end = rest.indexOf(';', end + 1);
    }
    if (end < 0) end = rest.length;
    pieces.push(stripPythonWhitespace(rest.slice(0, end)));
    rest = rest.slice(end);
  }
  return pieces;
}

function countOf(text: string, needle: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at + needle.length <= end;) {
    count += 1;
    at = text.indexOf(needle, at + needle.length);
  }
  return count;
}
