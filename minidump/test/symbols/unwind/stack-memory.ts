import type { ReadMemory } from '../../../src/symbols/unwind/unwind-rules.js';

/** A little-endian stack image starting at `base`, for evaluator tests. */
export function stackMemory(base: bigint, words: readonly bigint[], wordSize: 4 | 8): ReadMemory {
  const bytes = Buffer.alloc(words.length * wordSize);
  words.forEach((word, index) =>
    wordSize === 8
      ? bytes.writeBigUInt64LE(word, index * 8)
      : bytes.writeUInt32LE(Number(word), index * 4),
  );
  return (address, size) => {
    const offset = address - base;
    if (offset < 0n || offset + BigInt(size) > BigInt(bytes.length)) return undefined;
    return size === 8
      ? bytes.readBigUInt64LE(Number(offset))
      : BigInt(bytes.readUInt32LE(Number(offset)));
  };
}
