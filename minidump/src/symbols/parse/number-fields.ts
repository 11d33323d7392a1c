import { HEX_DIGIT_VALUES } from './field-reader.js';

/**
 * Field readers for the hottest records (line records, INLINE), which keep the read position
 * in a local variable instead of FieldReader's object so V8 can hold it in a register. Each
 * returns the position after what it read, or -1. They need the line's terminator (`\r` or
 * `\n`) after the field: every loop stops at it, so none checks bounds. A digit run longer
 * than its field fails here; FieldReader stops at the width instead, but every caller then
 * expects a separator or the line's end, so the line is rejected either way.
 */

const SPACE = 0x20;
const TAB = 0x09;
const ZERO = 0x30;

/** Reads 1..`maxDigits` hex digits at `at` into `values[index]`. */
export function readHexField(
  bytes: Uint8Array,
  at: number,
  maxDigits: number,
  values: Float64Array,
  index: number,
): number {
  const start = at;
  let digit = HEX_DIGIT_VALUES[bytes[at]!]!;
  if (digit < 0) return -1;
  let value = 0;
  do {
    value = value * 16 + digit;
    digit = HEX_DIGIT_VALUES[bytes[++at]!]!;
  } while (digit >= 0);
  if (at - start > maxDigits) return -1;
  values[index] = value;
  return at;
}

/** Reads 1..10 decimal digits with a value that fits in a u32 at `at` into `values[index]`. */
export function readDecimalField(
  bytes: Uint8Array,
  at: number,
  values: Float64Array,
  index: number,
): number {
  const start = at;
  let digit = bytes[at]! - ZERO;
  if (digit < 0 || digit > 9) return -1;
  let value = 0;
  do {
    value = value * 10 + digit;
    digit = bytes[++at]! - ZERO;
  } while (digit >= 0 && digit <= 9);
  if (at - start > 10 || value > 0xffff_ffff) return -1;
  values[index] = value;
  return at;
}

/** Skips one or more spaces or tabs at `at`. */
export function skipSeparator(bytes: Uint8Array, at: number): number {
  let byte = bytes[at]!;
  if (byte !== SPACE && byte !== TAB) return -1;
  do byte = bytes[++at]!;
  while (byte === SPACE || byte === TAB);
  return at;
}
