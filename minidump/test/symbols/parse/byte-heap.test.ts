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
});
