import { describe, expect, it } from 'vitest';
import { ByteHeapBuilder } from '../../../src/symbols/parse/byte-heap.js';

describe('byte heap', () => {
  it('returns every stored text, short or long, across chunk growth', () => {
    const builder = new ByteHeapBuilder();
    const texts = Array.from(
      { length: 3000 },
      (_, index) => `name_${index}_${'x'.repeat(index % 300)}`,
    );
    const references = texts.map((text) => {
      const bytes = Buffer.from(text);
      return builder.append(bytes, 0, bytes.length);
    });
    const heap = builder.finish();
    expect(
      texts.every(
        (text, index) => heap.readString(references[index]!, Buffer.byteLength(text)) === text,
      ),
    ).toBe(true);
    expect(heap.byteLength).toBe(texts.reduce((total, text) => total + text.length, 0));
  });

  it('decodes UTF-8 and compares texts byte-wise', () => {
    const builder = new ByteHeapBuilder();
    const add = (text: string): [number, number] => {
      const bytes = Buffer.from(text);
      return [builder.append(bytes, 0, bytes.length), bytes.length];
    };
    const a = add('ärger');
    const b = add('zeta');
    const empty = add('');
    const heap = builder.finish();
    expect(heap.readString(...a)).toBe('ärger');
    expect(heap.readString(...empty)).toBe('');
    expect(heap.compare(...a, ...b)).toBeGreaterThan(0);
    expect(heap.compare(...b, ...b)).toBe(0);
  });

  it('stores each interned text once, telling apart texts that share a prefix', () => {
    const builder = new ByteHeapBuilder();
    const shortText = '.cfa: $rsp 8 +';
    const longText = `${shortText} .ra: .cfa -8 + ^`;
    const plain = new Uint8Array(Buffer.from(`${shortText}|${longText}|${shortText}`));
    const longStart = shortText.length + 1;
    const againStart = longStart + longText.length + 1;
    const short = builder.appendInterned(plain, 0, shortText.length);
    const long = builder.appendInterned(plain, longStart, longStart + longText.length);
    const again = builder.appendInterned(plain, againStart, againStart + shortText.length);
    const heap = builder.finish();
    expect(again).toBe(short);
    expect(long).not.toBe(short);
    expect(heap.readString(short, shortText.length)).toBe(shortText);
    expect(heap.readString(long, longText.length)).toBe(longText);
  });

  it('keeps interning exactly while its table grows past thousands of distinct texts', () => {
    const builder = new ByteHeapBuilder();
    const texts = Array.from({ length: 20_000 }, (_, index) => `$rbx: .cfa -${index} + ^`);
    const encoded = texts.map((text) => new Uint8Array(Buffer.from(text)));
    const first = encoded.map((bytes) => builder.appendInterned(bytes, 0, bytes.length));
    const second = encoded.map((bytes) => builder.appendInterned(bytes, 0, bytes.length));
    const heap = builder.finish();
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(texts.length);
    expect(
      first.map((reference, index) => heap.readString(reference, encoded[index]!.length)),
    ).toEqual(texts);
  });
});
