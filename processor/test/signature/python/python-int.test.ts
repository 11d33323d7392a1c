import { describe, expect, it } from 'vitest';
import { PythonError } from '../../../src/signature/python/python-error.js';
import { pythonHex, pythonInt, pythonIntBase16 } from '../../../src/signature/python/python-int.js';

function outcome(read: () => bigint): [string, string] {
  try {
    return ['ok', read().toString()];
  } catch (error) {
    if (!(error instanceof PythonError)) throw error;
    return [error.pythonType, error.message];
  }
}

// Expected outcomes are CPython 3.11's for int(value) and hex(int(value, 16)).
describe('pythonInt', () => {
  it.each<[unknown, [string, string]]>([
    ['5', ['ok', '5']],
    [' 5 ', ['ok', '5']],
    ['+5', ['ok', '5']],
    ['-1', ['ok', '-1']],
    ['5_0', ['ok', '50']],
    ['\u0661\u0662', ['ok', '12']],
    ['\u30005\u3000', ['ok', '5']],
    ['\x1c5', ['ValueError', "invalid literal for int() with base 10: '\\x1c5'"]],
    [true, ['ok', '1']],
    [2.7, ['ok', '2']],
    [-2.7, ['ok', '-2']],
    ['5__0', ['ValueError', "invalid literal for int() with base 10: '5__0'"]],
    ['_5', ['ValueError', "invalid literal for int() with base 10: '_5'"]],
    ['5_', ['ValueError', "invalid literal for int() with base 10: '5_'"]],
    ['1.5', ['ValueError', "invalid literal for int() with base 10: '1.5'"]],
    ['', ['ValueError', "invalid literal for int() with base 10: ''"]],
    [NaN, ['ValueError', 'cannot convert float NaN to integer']],
    [Infinity, ['OverflowError', 'cannot convert float infinity to integer']],
    [
      null,
      [
        'TypeError',
        "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
      ],
    ],
    [
      [1],
      [
        'TypeError',
        "int() argument must be a string, a bytes-like object or a real number, not 'list'",
      ],
    ],
  ])('int(%j) gives what Python gives', (value, expected) => {
    expect(outcome(() => pythonInt(value))).toEqual(expected);
  });
});

describe('pythonIntBase16 and pythonHex', () => {
  it.each<[unknown, [string, string]]>([
    ['0x0000000000032ec0', ['ok', '0x32ec0']],
    ['40', ['ok', '0x40']],
    ['0X10', ['ok', '0x10']],
    ['0x_1f', ['ok', '0x1f']],
    [' 10 ', ['ok', '0x10']],
    ['-0x10', ['ok', '-0x10']],
    ['1_0', ['ok', '0x10']],
    ['0x', ['ValueError', "invalid literal for int() with base 16: '0x'"]],
    ['zz', ['ValueError', "invalid literal for int() with base 16: 'zz'"]],
    [16, ['TypeError', "int() can't convert non-string with explicit base"]],
    [null, ['TypeError', "int() can't convert non-string with explicit base"]],
  ])('hex(int(%j, 16)) gives what Python gives', (value, expected) => {
    const [kind, text] = outcome(() => pythonIntBase16(value));
    expect([kind, kind === 'ok' ? pythonHex(BigInt(text)) : text]).toEqual(expected);
  });
});
