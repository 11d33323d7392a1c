import { describe, expect, it } from 'vitest';
import { PythonFloat, PythonInt, type PythonJsonValue } from '@cairn/core';
import { toPythonStr } from '../../src/throttle/python-str.js';

describe('toPythonStr', () => {
  it.each([
    ['text', 'text'],
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    [0, '0'],
    [1.5, '1.5'],
    [new PythonFloat(1), '1.0'],
    [new PythonFloat(Infinity), 'inf'],
    [new PythonFloat(NaN), 'nan'],
    [new PythonFloat(1e16), '1e+16'],
    [new PythonInt(12345678901234567890n), '12345678901234567890'],
    [['a', 1, null], "['a', 1, None]"],
    [{ a: { b: [true] } }, "{'a': {'b': [True]}}"],
    [["it's"], '["it\'s"]'],
    [['a\'b"c'], "['a\\'b\"c']"],
    [
      ['tab\there\n', 'é', '\u0085', '\u00a0', '😀', '\u200b'],
      "['tab\\there\\n', 'é', '\\x85', '\\xa0', '😀', '\\u200b']",
    ],
  ] as [PythonJsonValue, string][])('writes value %# as Python does: %s', (value, expected) => {
    expect(toPythonStr(value)).toBe(expected);
  });
});
