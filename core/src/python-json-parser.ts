/**
 * JSON read as Python's `json.loads` reads it, keeping what JSON.parse loses: integral floats
 * (`1.0` stays a float), integers past 2^53, `NaN`/`Infinity`, lone surrogate escapes, and
 * duplicate keys (the last one wins). Antenna stores a crash's JSON annotations as parsed by
 * Python, so a raw crash written back with formatPythonJson has the reference's exact bytes.
 */
import { PythonFloat, PythonInt, type PythonJsonValue } from './python-json.js';

/** Text that Python's `json.loads` refuses; `position` is the UTF-16 offset of the problem. */
export class PythonJsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} at position ${position}`);
    this.name = 'PythonJsonSyntaxError';
  }
}

/** How deep arrays and objects may nest; Python stops near its recursion limit (1000). */
const MAX_DEPTH = 1000;

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
// JSON strings may not hold raw control characters, so the pattern has to name them.
// eslint-disable-next-line no-control-regex
const PLAIN_STRING_RUN = /[^"\\\x00-\x1f]*/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses JSON text as Python's `json.loads(text)` does. Throws PythonJsonSyntaxError. */
export function parsePythonJson(text: string): PythonJsonValue {
  if (text.charCodeAt(0) === 0xfeff) throw new PythonJsonSyntaxError('Unexpected UTF-8 BOM', 0);
  return new Parser(text).parseDocument();
}

/**
 * Parses JSON bytes as Python's `json.loads(bytes)` does: the encoding (UTF-8, UTF-16 or
 * UTF-32) is detected from a byte-order mark or the pattern of zero bytes, as the reference
 * does. Throws PythonJsonSyntaxError, also for bytes that are not text in that encoding.
 */
export function parsePythonJsonBytes(bytes: Uint8Array): PythonJsonValue {
  return parsePythonJson(decodeJsonBytes(bytes));
}

function decodeJsonBytes(bytes: Uint8Array): string {
  const encoding = detectJsonEncoding(bytes);
  try {
    if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding);
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    return decoder.decode(bytes);
  } catch {
    throw new PythonJsonSyntaxError(`bytes are not valid ${encoding}`, 0);
  }
}

type JsonEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding Python's json module guesses for a byte string. */
function detectJsonEncoding(b: Uint8Array): JsonEncoding {
  const startsWith = (...prefix: number[]) => prefix.every((byte, i) => b[i] === byte);
  if (startsWith(0x00, 0x00, 0xfe, 0xff)) return 'utf-32be';
  if (startsWith(0xff, 0xfe, 0x00, 0x00)) return 'utf-32le';
  if (startsWith(0xfe, 0xff)) return 'utf-16be';
  if (startsWith(0xff, 0xfe)) return 'utf-16le';
  if (startsWith(0xef, 0xbb, 0xbf)) return 'utf-8';
  if (b.length >= 4) {
    if (b[0] === 0) return b[1] ? 'utf-16be' : 'utf-32be';
    if (b[1] === 0) return b[2] || b[3] ? 'utf-16le' : 'utf-32le';
  } else if (b.length === 2) {
    if (b[0] === 0) return 'utf-16be';
    if (b[1] === 0) return 'utf-16le';
  }
  return 'utf-8';
}

function decodeUtf32(bytes: Uint8Array, encoding: 'utf-32le' | 'utf-32be'): string {
  if (bytes.length % 4 !== 0) throw new RangeError('truncated UTF-32');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const codePoint = view.getUint32(offset, encoding === 'utf-32le');
    if (codePoint > 0x10ffff) throw new RangeError('code point out of range');
    if (offset === 0 && codePoint === 0xfeff) continue;
    text += String.fromCodePoint(codePoint);
  }
  return text;
}

class Parser {
  private position = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parseDocument(): PythonJsonValue {
    this.skipWhitespace();
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.position !== this.text.length) this.fail('Extra data');
    return value;
  }

  private parseValue(): PythonJsonValue {
    const character = this.text[this.position];
    switch (character) {
      case '"':
        return this.parseString();
      case '{':
        return this.parseObject();
      case '[':
        return this.parseArray();
      case 'n':
        return this.parseLiteral('null', null);
      case 't':
        return this.parseLiteral('true', true);
      case 'f':
        return this.parseLiteral('false', false);
      case 'N':
        return this.parseLiteral('NaN', new PythonFloat(NaN));
      case 'I':
        return this.parseLiteral('Infinity', new PythonFloat(Infinity));
      case '-':
        if (this.text.startsWith('-Infinity', this.position)) {
          return this.parseLiteral('-Infinity', new PythonFloat(-Infinity));
        }
        return this.parseNumber();
      default:
        return this.parseNumber();
    }
  }

  private parseLiteral(word: string, value: PythonJsonValue): PythonJsonValue {
    if (!this.text.startsWith(word, this.position)) this.fail('Expecting value');
    this.position += word.length;
    return value;
  }

  private parseNumber(): PythonJsonValue {
    NUMBER.lastIndex = this.position;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('Expecting value');
    this.position += match[0].length;
    const [literal, fraction, exponent] = match;
    if (fraction === undefined && exponent === undefined) {
      const value = Number(literal);
      return Number.isSafeInteger(value) ? value : new PythonInt(BigInt(literal));
    }
    const value = Number(literal);
    return Number.isInteger(value) || !Number.isFinite(value) ? new PythonFloat(value) : value;
  }

  private parseString(): string {
    this.position += 1; // opening quote
    let out = '';
    for (;;) {
      PLAIN_STRING_RUN.lastIndex = this.position;
      const run = PLAIN_STRING_RUN.exec(this.text)![0];
      out += run;
      this.position += run.length;
      const character = this.text[this.position];
      if (character === '"') {
        this.position += 1;
        return out;
      }
      if (character === undefined) this.fail('Unterminated string starting', this.position);
      if (character !== '\\') this.fail('Invalid control character');
      out += this.parseEscape();
    }
  }

  private parseEscape(): string {
    const code = this.text[this.position + 1];
    if (code === 'u') {
      const unit = this.readHex4(this.position + 2);
      this.position += 6;
      // A high surrogate followed by an escaped low one is one character, as in Python.
      if (unit >= 0xd800 && unit <= 0xdbff && this.text.startsWith('\\u', this.position)) {
        const low = this.readHex4(this.position + 2);
        if (low >= 0xdc00 && low <= 0xdfff) {
          this.position += 6;
          return String.fromCharCode(unit, low);
        }
      }
      return String.fromCharCode(unit);
    }
    const replacement = code === undefined ? undefined : ESCAPES[code];
    if (replacement === undefined) this.fail('Invalid \\escape');
    this.position += 2;
    return replacement;
  }

  private readHex4(at: number): number {
    const digits = this.text.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail('Invalid \\uXXXX escape', at - 1);
    return parseInt(digits, 16);
  }

  private parseArray(): PythonJsonValue[] {
    this.enter();
    this.position += 1;
    const items: PythonJsonValue[] = [];
    this.skipWhitespace();
    if (this.text[this.position] === ']') {
      this.position += 1;
      this.depth -= 1;
      return items;
    }
    for (;;) {
      this.skipWhitespace();
      items.push(this.parseValue());
      this.skipWhitespace();
      const separator = this.text[this.position];
      this.position += 1;
      if (separator === ']') break;
      if (separator !== ',') this.fail("Expecting ',' delimiter", this.position - 1);
    }
    this.depth -= 1;
    return items;
  }

  private parseObject(): Record<string, PythonJsonValue> {
    this.enter();
    this.position += 1;
    const object: Record<string, PythonJsonValue> = {};
    this.skipWhitespace();
    if (this.text[this.position] === '}') {
      this.position += 1;
      this.depth -= 1;
      return object;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') {
        this.fail('Expecting property name enclosed in double quotes');
      }
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.position] !== ':') this.fail("Expecting ':' delimiter");
      this.position += 1;
      this.skipWhitespace();
      // defineProperty: a key named __proto__ is data here, not the prototype.
      Object.defineProperty(object, key, {
        value: this.parseValue(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipWhitespace();
      const separator = this.text[this.position];
      this.position += 1;
      if (separator === '}') break;
      if (separator !== ',') this.fail("Expecting ',' delimiter", this.position - 1);
    }
    this.depth -= 1;
    return object;
  }

  private enter(): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) this.fail('Nested too deeply');
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.position;
    this.position += WHITESPACE.exec(this.text)![0].length;
  }

  private fail(reason: string, at = this.position): never {
    throw new PythonJsonSyntaxError(reason, at);
  }
}
