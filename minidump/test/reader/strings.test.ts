import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteView } from '../../src/reader/byte-view.js';
import { MinidumpError } from '../../src/reader/minidump-error.js';
import { decodeUtf16, readMinidumpString } from '../../src/reader/strings.js';

const littleEndian = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const bigEndian = (text: string): Uint8Array => {
  const bytes = littleEndian(text);
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    [bytes[index], bytes[index + 1]] = [bytes[index + 1]!, bytes[index]!];
  }
  return bytes;
};

describe('UTF-16 strings', () => {
  it('decodes ASCII, other BMP characters, a kept BOM and surrogate pairs', () => {
    for (const text of [
      'C:\\Windows\\System32\\ntdll.dll',
      '/usr/lib/libé中.so',
      '\ufeffx',
      'a😀b',
    ]) {
      expect(decodeUtf16(littleEndian(text), true)).toBe(text);
      expect(decodeUtf16(bigEndian(text), false)).toBe(text);
    }
  });

  it('refuses an unpaired surrogate in either byte order', () => {
    const lone = new Uint8Array([0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    expect(() => decodeUtf16(lone, true, 40)).toThrow(MinidumpError);
    expect(() => decodeUtf16(lone, true, 40)).toThrow(/offset 40/);
    const loneBigEndian = new Uint8Array([0x00, 0x61, 0xdc, 0x00]);
    expect(() => decodeUtf16(loneBigEndian, false)).toThrow(MinidumpError);
  });

  it('reads a MINIDUMP_STRING exactly as the strict decoder does, surrogates included', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.nat(7), (units, padding) => {
        const bytes = new Uint8Array(padding + 4 + units.length * 2);
        const view = new DataView(bytes.buffer);
        view.setUint32(padding, units.length * 2, true);
        units.forEach((value, index) => view.setUint16(padding + 4 + index * 2, value, true));
        const strict = (): string => decodeUtf16(bytes.subarray(padding + 4), true, padding);
        const read = (): string => readMinidumpString(new ByteView(bytes, true), padding);
        let expected: string | MinidumpError;
        try {
          expected = strict();
        } catch (error) {
          expected = error as MinidumpError;
        }
        if (typeof expected === 'string') expect(read()).toBe(expected);
        else expect(read).toThrow(MinidumpError);
      }),
      { numRuns: 2000, interruptAfterTimeLimit: 10_000 },
    );
  });
});
