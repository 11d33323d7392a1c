import { PythonFloat } from '@cairn/core';
import { describe, expect, it } from 'vitest';
import { PythonError } from '../../../src/signature/python/python-error.js';
import {
  isPythonTruthy,
  pythonContains,
  pythonEquals,
  pythonGet,
  pythonIterate,
  pythonStr,
  pythonTypeName,
} from '../../../src/signature/python/python-values.js';

describe('Python value semantics', () => {
  it.each<[unknown, boolean]>([
    [null, false],
    [0, false],
    ['', false],
    [[], false],
    [{}, false],
    [new Map(), false],
    [new PythonFloat(0), false],
    [NaN, true],
    ['0', true],
    [[0], true],
    [{ a: null }, true],
  ])('bool(%j) is %s', (value, truthy) => {
    expect(isPythonTruthy(value)).toBe(truthy);
  });

  // Expected texts are CPython 3.11's str().
  it.each<[unknown, string]>([
    [{ a: 1 }, "{'a': 1}"],
    [[1, 'a'], "[1, 'a']"],
    [null, 'None'],
    ['str', 'str'],
    [1.5, '1.5'],
    [true, 'True'],
    [{ k: [1, { x: null }] }, "{'k': [1, {'x': None}]}"],
    [["it's"], '["it\'s"]'],
    [['both \' "'], "['both \\' \"']"],
    [['tab\there\u0000\u007f\u00a0\u00e9'], "['tab\\there\\x00\\x7f\\xa0\u00e9']"],
    [new PythonFloat(1), '1.0'],
    [['\u3000\ufeff\u{10ffff}'], "['\\u3000\\ufeff\\U0010ffff']"],
  ])('str(%j) is %s', (value, text) => {
    expect(pythonStr(value)).toBe(text);
  });

  it('compares numbers across int, float and bool, and containers deeply', () => {
    expect(pythonEquals(1, true)).toBe(true);
    expect(pythonEquals(1, new PythonFloat(1))).toBe(true);
    expect(pythonEquals(NaN, NaN)).toBe(false);
    expect(pythonEquals({ a: [1, 'x'] }, new Map([['a', [true, 'x']]]))).toBe(true);
    expect(pythonEquals('1', 1)).toBe(false);
    expect(pythonEquals(null, undefined)).toBe(true);
  });

  it('answers `in` for strings, lists and dicts, and raises for the rest', () => {
    expect(pythonContains('EXCEPTION / STATUS_X', 'STATUS_X')).toBe(true);
    expect(pythonContains(['a', 'b'], 'b')).toBe(true);
    expect(pythonContains({ b: 1 }, 'b')).toBe(true);
    expect(() => pythonContains(5, 'x')).toThrow(
      new PythonError('TypeError', "argument of type 'int' is not iterable"),
    );
    expect(() => pythonContains('text', 5)).toThrow(
      new PythonError('TypeError', "'in <string>' requires string as left operand, not int"),
    );
    expect(() => pythonContains({}, [1])).toThrow(
      new PythonError('TypeError', "unhashable type: 'list'"),
    );
  });

  it('reads dicts with get and raises AttributeError on anything else', () => {
    expect(pythonGet({ a: 1 }, 'a')).toBe(1);
    expect(pythonGet({ a: 1 }, 'b', 'default')).toBe('default');
    expect(pythonGet(new Map([['a', 2]]), 'a')).toBe(2);
    expect(() => pythonGet([1], 'a')).toThrow(
      new PythonError('AttributeError', "'list' object has no attribute 'get'"),
    );
  });

  it('iterates strings by code point and dicts by key', () => {
    expect(pythonIterate('a\u{1f600}')).toEqual(['a', '\u{1f600}']);
    expect(pythonIterate({ x: 1, y: 2 })).toEqual(['x', 'y']);
    expect(() => pythonIterate(true)).toThrow(
      new PythonError('TypeError', "'bool' object is not iterable"),
    );
  });

  it.each<[unknown, string]>([
    [null, 'NoneType'],
    [true, 'bool'],
    [3, 'int'],
    [3n, 'int'],
    [3.5, 'float'],
    [new PythonFloat(3), 'float'],
    ['s', 'str'],
    [[], 'list'],
    [{}, 'dict'],
  ])('names the type of %s %s', (value, name) => {
    expect(pythonTypeName(value)).toBe(name);
  });
});
