/**
 * Python's `int()`: how the reference reads crashing-thread indexes, allocation sizes and
 * addresses from loosely typed crash data (surrounding whitespace, signs, `_` separators,
 * any Unicode decimal digit, a `0x` prefix in base 16), with Python's error messages.
 */
import { PythonFloat } from '@cairn/core';
import { PythonError } from './python-error.js';
import { PYTHON_WHITESPACE, pythonStrip } from './python-strings.js';
import { pythonRepr, pythonTypeName } from './python-values.js';

/** Python's `int(value)` (base 10), as a bigint. */
export function pythonInt(value: unknown): bigint {
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' || value instanceof PythonFloat) {
    const number = typeof value === 'number' ? value : value.value;
    if (Number.isNaN(number)) {
      throw new PythonError('ValueError', 'cannot convert float NaN to integer');
    }
    if (!Number.isFinite(number)) {
      throw new PythonError('OverflowError', 'cannot convert float infinity to integer');
    }
    return BigInt(Math.trunc(number));
  }
  if (typeof value === 'string') {
    const parsed = parseIntegerText(value, 10);
    if (parsed === undefined) {
      throw new PythonError(
        'ValueError',
        `invalid literal for int() with base 10: ${pythonRepr(value)}`,
      );
    }
    return parsed;
  }
  throw new PythonError(
    'TypeError',
    `int() argument must be a string, a bytes-like object or a real number, not '${pythonTypeName(value)}'`,
  );
}

/** Python's `int(value, base=16)`, as a bigint. */
export function pythonIntBase16(value: unknown): bigint {
  if (typeof value !== 'string') {
    throw new PythonError('TypeError', "int() can't convert non-string with explicit base");
  }
  const parsed = parseIntegerText(value, 16);
  if (parsed === undefined) {
    throw new PythonError(
      'ValueError',
      `invalid literal for int() with base 16: ${pythonRepr(value)}`,
    );
  }
  return parsed;
}

/** Python's `hex(number)`. */
export function pythonHex(number: bigint): string {
  return number < 0n ? `-0x${(-number).toString(16)}` : `0x${number.toString(16)}`;
}

/**
 * What int() skips around a number: Python's whitespace except the ASCII separators
 * \x1c-\x1f, which str.isspace() accepts but int()'s ASCII parser does not.
 */
const INT_WHITESPACE = [...PYTHON_WHITESPACE]
  .filter((char) => !'\x1c\x1d\x1e\x1f'.includes(char))
  .join('');

function parseIntegerText(text: string, base: 10 | 16): bigint | undefined {
  let body = pythonStrip(text, INT_WHITESPACE);
  let negative = false;
  if (body.startsWith('+') || body.startsWith('-')) {
    negative = body.startsWith('-');
    body = body.slice(1);
  }
  if (base === 16 && /^0[xX]/.test(body)) body = body.slice(2).replace(/^_/, '');
  const digits = Array.from(body);
  if (digits.length === 0 || digits[0] === '_' || digits.at(-1) === '_') return undefined;
  let result = 0n;
  let previousUnderscore = false;
  for (const char of digits) {
    if (char === '_') {
      if (previousUnderscore) return undefined;
      previousUnderscore = true;
      continue;
    }
    previousUnderscore = false;
    const digit = digitValue(char, base);
    if (digit === undefined) return undefined;
    result = result * BigInt(base) + BigInt(digit);
  }
  return negative ? -result : result;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** The value of one digit as Python reads it: any Unicode decimal digit, and a-f in base 16. */
function digitValue(char: string, base: 10 | 16): number | undefined {
  if (base === 16 && /^[a-fA-F]$/.test(char)) return parseInt(char, 16);
  if (!DECIMAL_DIGIT.test(char)) return undefined;
  // Unicode keeps each set of decimal digits contiguous from its zero, and adjacent sets start
  // at a zero too, so the offset from the start of the run of digits gives the value.
  let codePoint = char.codePointAt(0)!;
  let offset = 0;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - 1))) {
    codePoint--;
    offset++;
  }
  return offset % 10;
}
