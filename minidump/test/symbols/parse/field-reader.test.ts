import { describe, expect, it } from 'vitest';
import { FieldReader, keywordBytes } from '../../../src/symbols/parse/field-reader.js';

function readerOf(text: string): FieldReader {
  const reader = new FieldReader();
  const bytes = Buffer.from(text);
  reader.reset(bytes, 0, bytes.length);
  return reader;
}

describe('field reader', () => {
  it('reads hex digits of either case up to the field width', () => {
    const reader = readerOf('DeadBeef1');
    expect(reader.hex(8)).toBe(true);
    expect(reader.value).toBe(0xdeadbeef);
    expect(reader.position).toBe(8);
  });

  it('fails on a field without digits and leaves the position alone', () => {
    const reader = readerOf('xyz');
    expect(reader.hex(16)).toBe(false);
    expect(reader.decimal()).toBe(false);
    expect(reader.position).toBe(0);
  });

  it('reads decimals within u32 and rejects larger ones', () => {
    expect(readerOf('4294967295').decimal()).toBe(true);
    expect(readerOf('4294967296').decimal()).toBe(false);
    const long = readerOf('12345678901');
    expect(long.decimal()).toBe(true);
    expect(long.position).toBe(10);
  });

  it('treats spaces and tabs as one separator', () => {
    const reader = readerOf(' \t 7');
    expect(reader.separator()).toBe(true);
    expect(reader.position).toBe(3);
    expect(reader.separator()).toBe(false);
  });

  it('matches a keyword only when a separator follows', () => {
    expect(readerOf('FUNC 1').keyword(keywordBytes('FUNC'))).toBe(true);
    const glued = readerOf('FUNCTION 1');
    expect(glued.keyword(keywordBytes('FUNC'))).toBe(false);
    expect(glued.position).toBe(0);
    expect(readerOf('FUNC').keyword(keywordBytes('FUNC'))).toBe(false);
  });

  it('skips the m flag only when it stands alone', () => {
    const flagged = readerOf('m 1000');
    flagged.multipleFlag();
    expect(flagged.position).toBe(2);
    const notFlag = readerOf('m1000');
    notFlag.multipleFlag();
    expect(notFlag.position).toBe(0);
  });
});
