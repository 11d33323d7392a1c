import { PythonFloat } from '@cairn/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PythonError } from '../../../src/signature/python/python-error.js';
import { pythonJsonLoads } from '../../../src/signature/python/python-json.js';

/** Plain JSON values from what pythonJsonLoads returns (Maps → objects, numbers unwrapped). */
function toPlain(value: unknown): unknown {
  if (value instanceof Map) {
    return Object.fromEntries([...value].map(([key, item]) => [key, toPlain(item)]));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof PythonFloat) return value.value;
  if (typeof value === 'bigint') return Number(value);
  return value;
}

function errorOf(text: unknown): PythonError {
  try {
    pythonJsonLoads(text);
  } catch (error) {
    if (error instanceof PythonError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
}

describe('pythonJsonLoads', () => {
  it('reads JSON as JSON.parse does, objects as Maps in key order', () => {
    const value = pythonJsonLoads('{"b": [1, 2.5, "x", null, true], "a": {"c": false}}');
    expect(value).toBeInstanceOf(Map);
    expect([...(value as Map<string, unknown>).keys()]).toEqual(['b', 'a']);
    expect(toPlain(value)).toEqual({ b: [1, 2.5, 'x', null, true], a: { c: false } });
  });

  it('keeps floats written with a fraction as floats and huge integers exact', () => {
    const [float, huge] = pythonJsonLoads('[1.0, 123456789012345678901234567890]') as unknown[];
    expect(float).toEqual(new PythonFloat(1));
    expect(huge).toBe(123456789012345678901234567890n);
  });

  it("accepts Python's NaN, Infinity and -Infinity", () => {
    const values = pythonJsonLoads('[NaN, Infinity, -Infinity]') as PythonFloat[];
    expect(values.map((value) => value.value)).toEqual([NaN, Infinity, -Infinity]);
  });

  it('joins an escaped surrogate pair and keeps a lone surrogate', () => {
    expect(pythonJsonLoads('"\\ud83d\\ude00"')).toBe('😀');
    expect(pythonJsonLoads('"\\ud83d\\u0041"')).toBe('\ud83dA');
  });

  it('keeps the last value and the first position of a repeated key', () => {
    const value = pythonJsonLoads('{"a": 1, "b": 2, "a": 3}') as Map<string, unknown>;
    expect([...value]).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });

  // Expected messages were produced by CPython 3.11's json.loads.
  it.each([
    ['{{{{', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    [' ', 'Expecting value: line 1 column 2 (char 1)'],
    ['[1,]', 'Expecting value: line 1 column 4 (char 3)'],
    ['{"a":1,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
    ['{"a":1 "b":2}', "Expecting ',' delimiter: line 1 column 8 (char 7)"],
    ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['"a\\x"', 'Invalid \\escape: line 1 column 3 (char 2)'],
    ['"\\u12"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
    ['"\\u12x4"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
    ['"\\u1234', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
    ['"\\ud83d\\uzzzz"', 'Invalid \\uXXXX escape: line 1 column 9 (char 8)'],
    ['"a\nb"', 'Invalid control character at: line 1 column 3 (char 2)'],
    ['[1] x', 'Extra data: line 1 column 5 (char 4)'],
    ['-', 'Expecting value: line 1 column 1 (char 0)'],
    ['01', 'Extra data: line 1 column 2 (char 1)'],
    ['[', 'Expecting value: line 1 column 2 (char 1)'],
    ['{"a":', 'Expecting value: line 1 column 6 (char 5)'],
    ['tru', 'Expecting value: line 1 column 1 (char 0)'],
    ['"\\', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['\n\n  {"a"\n  1}', "Expecting ':' delimiter: line 4 column 3 (char 11)"],
    ['\ufeff{}', 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'],
    ['"😀\\q"', 'Invalid \\escape: line 1 column 3 (char 2)'],
    ['[1, 2', "Expecting ',' delimiter: line 1 column 6 (char 5)"],
    ['{"a": [1, {"b": }]}', 'Expecting value: line 1 column 17 (char 16)'],
  ])('fails on %j with the message Python gives', (text, message) => {
    const error = errorOf(text);
    expect(error.pythonType).toBe('ValueError');
    expect(error.message).toBe(message);
  });

  it('refuses a value that is not text with Python’s TypeError', () => {
    const error = errorOf({ phase: 'x' });
    expect(error.pythonType).toBe('TypeError');
    expect(error.message).toBe('the JSON object must be str, bytes or bytearray, not dict');
  });

  it('decodes every JSON document JSON.parse accepts to the same value', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        // Python has no negative zero integer: `-0` reads as 0.
        const expected: unknown = JSON.parse(text, (_key, value: unknown) =>
          Object.is(value, -0) ? 0 : value,
        );
        expect(toPlain(pythonJsonLoads(text))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any text with a value or a PythonError, quickly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        try {
          pythonJsonLoads(text);
        } catch (error) {
          expect(error).toBeInstanceOf(PythonError);
        }
      }),
      { numRuns: 2000, interruptAfterTimeLimit: 5000 },
    );
  });
});
