import { readDecimalField, readHexField, skipSeparator } from './number-fields.js';

const CARRIAGE_RETURN = 0x0d;
const NEWLINE = 0x0a;

/**
 * The hot path of symbol-file parsing: a line record (`<hex address> <hex size> <line>
 * <file id>`) ending in `\r*\n`, most of a large file. Parses it at `position` into `fields`
 * (address, size, line number, file id) and returns the next line's position, or -1 if the
 * line is not a well-formed line record. Field rules are FieldReader's (see number-fields.ts).
 * `bytes` must hold a newline at or after `position`.
 */
export function readLineRecord(bytes: Uint8Array, position: number, fields: Float64Array): number {
  let at = readHexField(bytes, position, 16, fields, 0);
  if (at < 0) return -1;
  at = skipSeparator(bytes, at);
  if (at < 0) return -1;
  at = readHexField(bytes, at, 8, fields, 1);
  if (at < 0) return -1;
  at = skipSeparator(bytes, at);
  if (at < 0) return -1;
  at = readDecimalField(bytes, at, fields, 2);
  if (at < 0) return -1;
  at = skipSeparator(bytes, at);
  if (at < 0) return -1;
  at = readDecimalField(bytes, at, fields, 3);
  if (at < 0) return -1;
  let byte = bytes[at]!;
  while (byte === CARRIAGE_RETURN) byte = bytes[++at]!;
  return byte === NEWLINE ? at + 1 : -1;
}
