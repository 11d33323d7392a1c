import { describe, expect, it } from 'vitest';
import {
  readDecimalField,
  readHexField,
  skipSeparator,
} from '../../../src/symbols/parse/number-fields.js';

/** Reads one field of `text` (a newline is appended, as every parsed line has one). */
function readField(
  text: string,
  read: (bytes: Uint8Array, values: Float64Array) => number,
): { next: number; value: number } {
  const values = new Float64Array(1).fill(-1);
  const next = read(Buffer.from(`${text}\n`), values);
  return { next, value: values[0]! };
}

const hex = (text: string, maxDigits: number) =>
  readField(text, (bytes, values) => readHexField(bytes, 0, maxDigits, values, 0));
const decimal = (text: string) =>
  readField(text, (bytes, values) => readDecimalField(bytes, 0, values, 0));

describe('number fields', () => {
  it('reads hex digits of either case and stops at the first other byte', () => {
    expect(hex('DeadBeef 1', 8)).toEqual({ next: 8, value: 0xdeadbeef });
    expect(hex('ffffffffffff\r', 16)).toEqual({ next: 12, value: 0xffffffffffff });
  });

  it('rejects a hex field without digits or wider than its width, storing nothing', () => {
    expect(hex('g1', 8)).toEqual({ next: -1, value: -1 });
    expect(hex('123456789', 8)).toEqual({ next: -1, value: -1 });
    expect(hex('12345678', 8).next).toBe(8);
  });

  it('reads decimals up to u32 max and rejects larger or longer ones', () => {
    expect(decimal('4294967295 x')).toEqual({ next: 10, value: 4294967295 });
    expect(decimal('4294967296').next).toBe(-1);
    expect(decimal('00000000001').next).toBe(-1);
    expect(decimal('-1').next).toBe(-1);
  });

  it('reads hex fields exactly on both sides of the 8-digit integer path', () => {
    expect(hex('80000000', 8).value).toBe(0x80000000);
    expect(hex('ffffffff', 8).value).toBe(0xffffffff);
    expect(hex('123456789', 16)).toEqual({ next: 9, value: 0x123456789 });
    expect(hex('1fffffffffffff', 16).value).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reads 9- and 10-digit decimals exactly, leading zeros included', () => {
    expect(decimal('999999999').value).toBe(999999999);
    expect(decimal('2147483648').value).toBe(2147483648);
    expect(decimal('0000000001')).toEqual({ next: 10, value: 1 });
  });

  it('skips one or more spaces and tabs, and nothing else', () => {
    const bytes = Buffer.from('a \t b\n');
    expect(skipSeparator(bytes, 1)).toBe(4);
    expect(skipSeparator(bytes, 0)).toBe(-1);
    expect(skipSeparator(bytes, 5)).toBe(-1);
  });
});
