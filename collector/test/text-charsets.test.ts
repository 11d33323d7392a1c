import { describe, expect, it } from 'vitest';
import { decodeWithPythonCharset } from '../src/text-charsets.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeWithPythonCharset', () => {
  it.each([
    ['utf-8', bytes(0x63, 0xc3, 0xa9), 'cé'],
    ['UTF8', bytes(0xef, 0xbb, 0xbf, 0x61), '\ufeffa'],
    ['utf-8-sig', bytes(0xef, 0xbb, 0xbf, 0x61), 'a'],
    ['latin-1', bytes(0x80, 0xe9), '\u0080é'],
    ['ISO-8859-1', bytes(0xe9), 'é'],
    ['ascii', bytes(0x61), 'a'],
    ['cp1252', bytes(0x80), '€'],
    ['utf-16', bytes(0xfe, 0xff, 0, 0x61), 'a'],
    ['utf-16', bytes(0x61, 0), 'a'],
    ['utf-16-be', bytes(0, 0x61), 'a'],
    ['utf-32', bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0), 'a'],
  ])('decodes %s as Python does', (charset, input, text) => {
    expect(decodeWithPythonCharset(input, charset)).toBe(text);
  });

  it.each([
    ['utf-8', bytes(0xde, 0xde)],
    ['utf-8', bytes(0xed, 0xa0, 0x80)],
    ['ascii', bytes(0xe9)],
    ['cp1252', bytes(0x81)],
    ['klingon', bytes(0x61)],
  ])('refuses what Python refuses: %s', (charset, input) => {
    expect(decodeWithPythonCharset(input, charset)).toBeUndefined();
  });
});
