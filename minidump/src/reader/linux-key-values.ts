import { decodeUtf8Lossy } from './strings.js';

/**
 * Splits `KEY<separator>value` lines as the reference does for /proc and /etc text files: both
 * sides trimmed, surrounding double quotes removed, lines without the separator skipped.
 */
export function parseLinuxKeyValues(bytes: Uint8Array, separator: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const line of decodeUtf8Lossy(bytes).split('\n')) {
    const at = line.indexOf(separator);
    if (at < 0) continue;
    pairs.push([stripQuotes(line.slice(0, at)), stripQuotes(line.slice(at + 1))]);
  }
  return pairs;
}

/**
 * The value of the first `KEY<separator>value` line whose key is `key`, by the rules of
 * parseLinuxKeyValues, reading no further than that line; undefined when no line has it.
 */
export function findLinuxKeyValue(
  bytes: Uint8Array,
  separator: string,
  key: string,
): string | undefined {
  const text = decodeUtf8Lossy(bytes);
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const at = text.indexOf(separator, start);
    if (at >= 0 && at < end && stripQuotes(text.slice(start, at)) === key) {
      return stripQuotes(text.slice(at + separator.length, end));
    }
    start = end + 1;
  }
  return undefined;
}

function stripQuotes(text: string): string {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
}
