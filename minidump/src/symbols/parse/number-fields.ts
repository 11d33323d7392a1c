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

/**
 * Reads 1..`maxDigits` hex digits at `at` into `values[index]`. Up to 8 digits accumulate in
 * int32 arithmetic (a shift and an or per digit instead of a float multiply-add chain, which
 * was most of a line record's cost); longer fields are read again as float64.
 */
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
    value = (value << 4) | digit;
    digit = HEX_DIGIT_VALUES[bytes[++at]!]!;
  } while (digit >= 0);
  const digits = at - start;
  if (digits > maxDigits) return -1;
  values[index] = digits <= 8 ? value >>> 0 : wideHexValue(bytes, start, at);
  return at;
}

/** The value of the hex digits `bytes[start, end)` as a float64 (inexact above 2^53). */
export function wideHexValue(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at++) value = value * 16 + HEX_DIGIT_VALUES[bytes[at]!]!;
  return value;
}

/**
 * Reads 1..10 decimal digits with a value that fits in a u32 at `at` into `values[index]`.
 * Up to 9 digits cannot overflow int32, so they accumulate in integer arithmetic.
 */
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
    value = (Math.imul(value, 10) + digit) | 0;
    digit = bytes[++at]! - ZERO;
  } while (digit >= 0 && digit <= 9);
  const digits = at - start;
  if (digits <= 9) {
    values[index] = value;
    return at;
  }
  if (digits > 10) return -1;
  const wide = wideDecimalValue(bytes, start, at);
  if (wide > 0xffff_ffff) return -1;
  values[index] = wide;
  return at;
}

/** The value of the decimal digits `bytes[start, end)` as a float64. */
export function wideDecimalValue(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at++) value = value * 10 + (bytes[at]! - ZERO);
  return value;
}

/** Skips one or more spaces or tabs at `at`. */
export function skipSeparator(bytes: Uint8Array, at: number): number {
  const space = SPACE; // local copies: see LineRecordRun.read
  const tab = TAB;
  let byte = bytes[at]!;
  if (byte !== space && byte !== tab) return -1;
  do byte = bytes[++at]!;
  while (byte === space || byte === tab);
  return at;
}
