/**
 * Python's `json.loads`, for the one rule that parses JSON (SignatureShutdownTimeout). The
 * reference quotes the decoder's error in a public note ("Error parsing AsyncShutdownTimeout:
 * Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"), so this
 * decoder accepts what CPython 3.11's accepts (NaN and Infinity included) and fails with the
 * same message at the same position, counted in code points.
 */
import { PythonFloat } from '@cairn/core';
import { PythonError } from './python-error.js';
import { pythonTypeName } from './python-values.js';

const JSON_WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Thrown inside the scanner when no value starts at `position` (Python's StopIteration). */
class NoValueHere {
  constructor(readonly position: number) {}
}

/**
 * Decodes `text` as Python's `json.loads(text)` does: objects become Maps (key order kept),
 * floats PythonFloat, huge integers bigint. Failures raise PythonError('ValueError') with
 * Python's JSONDecodeError text; a non-str argument raises Python's TypeError.
 */
export function pythonJsonLoads(text: unknown): unknown {
  if (typeof text !== 'string') {
    throw new PythonError(
      'TypeError',
      `the JSON object must be str, bytes or bytearray, not ${pythonTypeName(text)}`,
    );
  }
  return new PythonJsonScanner(Array.from(text)).decode();
}

class PythonJsonScanner {
  constructor(private readonly chars: readonly string[]) {}

  decode(): unknown {
    if (this.chars[0] === '\ufeff') this.fail('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    let value: unknown;
    let end: number;
    try {
      [value, end] = this.scanValue(this.skipWhitespace(0));
    } catch (error) {
      if (error instanceof NoValueHere) this.fail('Expecting value', error.position);
      throw error;
    }
    end = this.skipWhitespace(end);
    if (end !== this.chars.length) this.fail('Extra data', end);
    return value;
  }

  private scanValue(position: number): [unknown, number] {
    const char = this.chars[position];
    if (char === undefined) throw new NoValueHere(position);
    if (char === '"') return this.scanString(position + 1);
    if (char === '{') return this.scanObject(position + 1);
    if (char === '[') return this.scanArray(position + 1);
    for (const [word, value] of NAMED_CONSTANTS) {
      if (this.chars.slice(position, position + word.length).join('') === word) {
        return [value, position + word.length];
      }
    }
    return this.scanNumber(position);
  }

  private scanNumber(start: number): [unknown, number] {
    let position = start;
    if (this.chars[position] === '-') position++;
    if (this.chars[position] === '0') position++;
    else if (isDigit(this.chars[position]) && this.chars[position] !== '0') {
      while (isDigit(this.chars[position])) position++;
    } else throw new NoValueHere(start);
    let isFloat = false;
    if (this.chars[position] === '.' && isDigit(this.chars[position + 1])) {
      isFloat = true;
      position += 2;
      while (isDigit(this.chars[position])) position++;
    }
    if (this.chars[position] === 'e' || this.chars[position] === 'E') {
      let exponent = position + 1;
      if (this.chars[exponent] === '-' || this.chars[exponent] === '+') exponent++;
      if (isDigit(this.chars[exponent])) {
        while (isDigit(this.chars[exponent])) exponent++;
        isFloat = true;
        position = exponent;
      }
    }
    const text = this.chars.slice(start, position).join('');
    if (isFloat) return [new PythonFloat(Number(text)), position];
    const integer = BigInt(text);
    const asNumber = Number(integer);
    return [Number.isSafeInteger(asNumber) ? asNumber : integer, position];
  }

  private scanString(start: number): [string, number] {
    const begin = start - 1;
    let out = '';
    let position = start;
    for (;;) {
      const char = this.chars[position];
      if (char === undefined) this.fail('Unterminated string starting at', begin);
      if (char === '"') return [out, position + 1];
      if (char !== '\\') {
        if (char.codePointAt(0)! <= 0x1f) this.fail('Invalid control character at', position);
        out += char;
        position++;
        continue;
      }
      const escape = this.chars[position + 1];
      if (escape === undefined) this.fail('Unterminated string starting at', begin);
      if (escape !== 'u') {
        const decoded = SIMPLE_ESCAPES[escape];
        if (decoded === undefined) this.fail('Invalid \\escape', position);
        out += decoded;
        position += 2;
        continue;
      }
      const [unit, afterEscape] = this.scanUnicodeEscape(position + 1);
      out += unit;
      position = afterEscape;
    }
  }

  /** Decodes `\uXXXX` (joining a following low surrogate escape) with `u` at `uPosition`. */
  private scanUnicodeEscape(uPosition: number): [string, number] {
    const end = uPosition + 5;
    // CPython requires a character after the four digits (at least the closing quote).
    if (end >= this.chars.length) this.fail('Invalid \\uXXXX escape', uPosition);
    const high = this.readHex(uPosition + 1, uPosition);
    if (
      high >= 0xd800 &&
      high <= 0xdbff &&
      end + 6 < this.chars.length &&
      this.chars[end] === '\\' &&
      this.chars[end + 1] === 'u'
    ) {
      const low = this.readHex(end + 2, end + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        return [String.fromCharCode(high, low), end + 6];
      }
    }
    return [String.fromCharCode(high), end];
  }

  private readHex(start: number, errorPosition: number): number {
    const digits = this.chars.slice(start, start + 4).join('');
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail('Invalid \\uXXXX escape', errorPosition);
    return parseInt(digits, 16);
  }

  private scanObject(start: number): [Map<string, unknown>, number] {
    const object = new Map<string, unknown>();
    let position = this.skipWhitespace(start);
    if (this.chars[position] === '}') return [object, position + 1];
    for (;;) {
      if (this.chars[position] !== '"') {
        this.fail('Expecting property name enclosed in double quotes', position);
      }
      const [key, afterKey] = this.scanString(position + 1);
      position = this.skipWhitespace(afterKey);
      if (this.chars[position] !== ':') this.fail("Expecting ':' delimiter", position);
      const [value, afterValue] = this.scanValue(this.skipWhitespace(position + 1));
      object.set(key, value);
      position = this.skipWhitespace(afterValue);
      if (this.chars[position] === '}') return [object, position + 1];
      if (this.chars[position] !== ',') this.fail("Expecting ',' delimiter", position);
      position = this.skipWhitespace(position + 1);
    }
  }

  private scanArray(start: number): [unknown[], number] {
    const array: unknown[] = [];
    let position = this.skipWhitespace(start);
    if (this.chars[position] === ']') return [array, position + 1];
    for (;;) {
      const [value, afterValue] = this.scanValue(position);
      array.push(value);
      position = this.skipWhitespace(afterValue);
      if (this.chars[position] === ']') return [array, position + 1];
      if (this.chars[position] !== ',') this.fail("Expecting ',' delimiter", position);
      position = this.skipWhitespace(position + 1);
    }
  }

  private skipWhitespace(position: number): number {
    while (position < this.chars.length && JSON_WHITESPACE.has(this.chars[position]!)) position++;
    return position;
  }

  private fail(message: string, position: number): never {
    let line = 1;
    let lastNewline = -1;
    for (let i = 0; i < position; i++) {
      if (this.chars[i] === '\n') {
        line++;
        lastNewline = i;
      }
    }
    const column = position - lastNewline;
    throw new PythonError(
      'ValueError',
      `${message}: line ${line} column ${column} (char ${position})`,
    );
  }
}

const NAMED_CONSTANTS: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', new PythonFloat(NaN)],
  ['Infinity', new PythonFloat(Infinity)],
  ['-Infinity', new PythonFloat(-Infinity)],
];

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
