import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPythonJson, PythonFloat, PythonInt } from '../src/python-json.js';
import {
  parsePythonJson,
  parsePythonJsonBytes,
  PythonJsonSyntaxError,
} from '../src/python-json-parser.js';

/** What Python prints for `json.dumps(json.loads(text), sort_keys=True)`. */
const roundTrip = (text: string) => formatPythonJson(parsePythonJson(text));

describe('parsePythonJson', () => {
  it.each([
    ['{"b": 1, "a": "x"}', '{"a": "x", "b": 1}'],
    ['1.0', '1.0'],
    ['1e5', '100000.0'],
    ['1.5', '1.5'],
    ['-0', '0'],
    ['-0.0', '-0.0'],
    ['1e400', 'Infinity'],
    ['12345678901234567890123', '12345678901234567890123'],
    ['[NaN, Infinity, -Infinity]', '[NaN, Infinity, -Infinity]'],
    ['{"a": 1, "a": 2}', '{"a": 2}'],
    ['"\\ud83d\\ude00"', '"\\ud83d\\ude00"'],
    ['"\\udc00 lone"', '"\\udc00 lone"'],
    [' \t\r\n[ ] ', '[]'],
    ['{"x": {"y": [true, false, null]}}', '{"x": {"y": [true, false, null]}}'],
    ['"caf\\u00e9 \\/ \\b\\f\\n\\r\\t"', '"caf\\u00e9 / \\b\\f\\n\\r\\t"'],
  ])('reads %s as Python does, written back as %s', (text, python) => {
    expect(roundTrip(text)).toBe(python);
  });

  it('keeps integral floats and huge integers apart from plain numbers', () => {
    expect(parsePythonJson('[2.0, 2, 9007199254740993]')).toEqual([
      new PythonFloat(2),
      2,
      new PythonInt(9007199254740993n),
    ]);
  });

  it('treats a key named __proto__ as data', () => {
    const parsed = parsePythonJson('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['', 'Expecting value'],
    ['{"a" 1}', "Expecting ':' delimiter"],
    ['[1 2]', "Expecting ',' delimiter"],
    ['{a: 1}', 'Expecting property name enclosed in double quotes'],
    ['"tab\there"', 'Invalid control character'],
    ['"\\x"', 'Invalid \\escape'],
    ['"\\u12"', 'Invalid \\uXXXX escape'],
    ['"open', 'Unterminated string starting'],
    ['01', 'Extra data'],
    ['1.', 'Extra data'],
    ['\ufeff{}', 'Unexpected UTF-8 BOM'],
    ['nul', 'Expecting value'],
    ['[1,]', 'Expecting value'],
  ])('refuses %j (%s)', (text, reason) => {
    expect.assertions(2);
    try {
      parsePythonJson(text);
    } catch (error) {
      expect(error).toBeInstanceOf(PythonJsonSyntaxError);
      expect((error as PythonJsonSyntaxError).reason).toBe(reason);
    }
  });

  it('refuses nesting deeper than Python can recurse', () => {
    expect(() => parsePythonJson('['.repeat(1001) + ']'.repeat(1001))).toThrow(
      PythonJsonSyntaxError,
    );
    expect(parsePythonJson('['.repeat(999) + ']'.repeat(999))).toBeInstanceOf(Array);
  });

  it('reads whatever JSON.stringify writes, with the same values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parsePythonJson(JSON.stringify(value));
        expect(JSON.parse(formatPythonJson(parsed).replace(/\bNaN\b/g, 'null'))).toEqual(
          JSON.parse(JSON.stringify(value)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('either parses or throws PythonJsonSyntaxError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        try {
          parsePythonJson(text);
        } catch (error) {
          expect(error).toBeInstanceOf(PythonJsonSyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parsePythonJsonBytes', () => {
  const encode = (text: string, encoding: 'utf16le' | 'utf8') => Buffer.from(text, encoding);

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(parsePythonJsonBytes(encode('{"a": "é"}', 'utf8'))).toEqual({ a: 'é' });
    expect(parsePythonJsonBytes(encode('\ufeff{"a": 1}', 'utf8'))).toEqual({ a: 1 });
  });

  it('detects UTF-16 and UTF-32 from their zero bytes, as Python does', () => {
    expect(parsePythonJsonBytes(encode('{"a": 1}', 'utf16le'))).toEqual({ a: 1 });
    const utf16be = Buffer.from(encode('[1]', 'utf16le')).swap16();
    expect(parsePythonJsonBytes(utf16be)).toEqual([1]);
    const utf32le = Buffer.from([0x31, 0, 0, 0]);
    expect(parsePythonJsonBytes(utf32le)).toBe(1);
  });

  it('refuses bytes that are not valid in the detected encoding', () => {
    expect(() => parsePythonJsonBytes(Buffer.from([0x22, 0xde, 0xde, 0x22]))).toThrow(
      PythonJsonSyntaxError,
    );
  });
});
