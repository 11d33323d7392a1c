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

function stripQuotes(text: string): string {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
}
