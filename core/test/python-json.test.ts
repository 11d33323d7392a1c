import { describe, expect, it } from 'vitest';
import {
  compareCodePoints,
  formatPythonFloat,
  formatPythonJson,
  PythonFloat,
} from '../src/python-json.js';

describe('formatPythonJson', () => {
  it('writes what Python 3.11 json.dumps(sort_keys=True) writes', () => {
    // Expected text produced by CPython 3.11 from the same value.
    const value = {
      b: 1,
      a: [
        1.5,
        new PythonFloat(1e16),
        1e-5,
        0.1,
        new PythonFloat(-0),
        new PythonFloat(2),
        new PythonFloat(100),
        123456789.125,
      ],
      é: 'snow ☃ 🦊 "q" \\ \n\t\x7f\x01',
      '🦊': null,
      '！': true,
      z: {},
    };
    expect(formatPythonJson(value)).toBe(
      '{"a": [1.5, 1e+16, 1e-05, 0.1, -0.0, 2.0, 100.0, 123456789.125], "b": 1, "z": {}, ' +
        '"\\u00e9": "snow \\u2603 \\ud83e\\udd8a \\"q\\" \\\\ \\n\\t\\u007f\\u0001", "\\uff01": true, "\\ud83e\\udd8a": null}',
    );
  });

  it('writes integers as Python ints and leaves out undefined members', () => {
    expect(formatPythonJson({ size: 483, missing: undefined, list: [] })).toBe(
      '{"list": [], "size": 483}',
    );
  });

  it('writes an empty list as []', () => {
    expect(formatPythonJson([])).toBe('[]');
  });
});

describe('formatPythonFloat', () => {
  it.each([
    [0.5, '0.5'],
    [1e22, '1e+22'],
    [1.5e-7, '1.5e-07'],
    [0.0001, '0.0001'],
    [123456789012345.6, '123456789012345.6'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [0, '0.0'],
  ])('%s → %s', (value, text) => {
    expect(formatPythonFloat(value)).toBe(text);
  });
});

describe('compareCodePoints', () => {
  it('orders astral characters after the rest of the BMP, as Python does', () => {
    expect(['🦊', '！', 'a'].sort(compareCodePoints)).toEqual(['a', '！', '🦊']);
  });

  it('orders a prefix before the longer string', () => {
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
    expect(compareCodePoints('abc', 'abc')).toBe(0);
  });
});
