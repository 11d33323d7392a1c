import { describe, expect, it } from 'vitest';
import { MinidumpError } from '../../src/reader/minidump-error.js';
import { decodeUtf16 } from '../../src/reader/strings.js';

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
});
