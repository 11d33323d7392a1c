import { describe, expect, it } from 'vitest';
import { PythonFloat } from '@cairn/core';
import { PythonError } from '../../../src/signature/python/python-error.js';
import { pythonSorted } from '../../../src/signature/python/python-sort.js';

// Expected orders and messages are CPython 3.11's sorted().
describe('pythonSorted', () => {
  it.each<[unknown[], unknown[]]>([
    [
      ['b', 'a', 'C'],
      ['C', 'a', 'b'],
    ],
    [
      [3, new PythonFloat(1.5), true],
      [true, new PythonFloat(1.5), 3],
    ],
    [
      ['\u{1f600}', '\uffff'],
      ['\uffff', '\u{1f600}'],
    ],
    [['only'], ['only']],
  ])('sorts %j as Python does', (items, expected) => {
    expect(pythonSorted(items)).toEqual(expected);
  });

  it.each<[unknown[], string]>([
    [['b', 1], "'<' not supported between instances of 'int' and 'str'"],
    [[1, 'b'], "'<' not supported between instances of 'str' and 'int'"],
    [[null, null], "'<' not supported between instances of 'NoneType' and 'NoneType'"],
    [[{ a: 1 }, { b: 2 }], "'<' not supported between instances of 'dict' and 'dict'"],
    [
      [
        [1, 'a'],
        [1, 2],
      ],
      "'<' not supported between instances of 'int' and 'str'",
    ],
    [[2, 1, 'x'], "'<' not supported between instances of 'str' and 'int'"],
  ])('fails on %j with the pair Python compares first', (items, message) => {
    expect(() => pythonSorted(items)).toThrow(new PythonError('TypeError', message));
  });

  it('is stable for equal items', () => {
    const one = new PythonFloat(1);
    expect(pythonSorted([2, one, 1, true])).toEqual([one, 1, true, 2]);
    expect(pythonSorted([2, one, 1, true])[0]).toBe(one);
  });
});
