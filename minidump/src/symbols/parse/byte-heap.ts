import { uint8Scratch } from './scratch-arrays.js';

/** Largest chunk of the heap; a stored string never straddles two chunks. */
const CHUNK_BYTES = 1 << 22;
const FIRST_CHUNK_BYTES = 1 << 14;

/**
 * Names, rule texts and program strings of a symbol file, kept as UTF-8 bytes in a few large
 * chunks instead of one JS string per record. A reference is `chunk index × 2^22 + offset`,
 * so it fits in a uint32 (up to 4 GiB of text).
 */
export class ByteHeap {
  constructor(private readonly chunks: readonly Buffer[]) {}

  /** Total bytes held (for memory estimates). */
  get byteLength(): number {
    let total = 0;
    for (const chunk of this.chunks) total += chunk.length;
    return total;
  }

  /** Decodes the UTF-8 text stored at `reference`. */
  readString(reference: number, length: number): string {
    const chunk = this.chunks[Math.floor(reference / CHUNK_BYTES)];
    if (chunk === undefined || length === 0) return '';
    const offset = reference % CHUNK_BYTES;
    return chunk.toString('utf8', offset, offset + length);
  }

  /** Byte-wise comparison of two stored texts (Rust's `String` ordering). */
  compare(referenceA: number, lengthA: number, referenceB: number, lengthB: number): number {
    const a = this.view(referenceA, lengthA);
    const b = this.view(referenceB, lengthB);
    return Buffer.compare(a, b);
  }

  private view(reference: number, length: number): Buffer {
    const chunk = this.chunks[Math.floor(reference / CHUNK_BYTES)];
    if (chunk === undefined) return Buffer.alloc(0);
    const offset = reference % CHUNK_BYTES;
    return chunk.subarray(offset, offset + length);
  }
}

/** Collects text bytes while parsing; `finish()` trims the last chunk. */
export class ByteHeapBuilder {
  private readonly chunks: Buffer[];
  private used = 0;

  /** `sizeHintBytes`: the symbol file's size, if known; the first chunk starts near it. */
  constructor(sizeHintBytes = 0) {
    let size = FIRST_CHUNK_BYTES;
    while (size < sizeHintBytes / 2 && size < CHUNK_BYTES) size *= 2;
    this.chunks = [takeChunk(size)];
  }

  /**
   * Copies `source[start, end)` (shorter than 4 MiB) into the heap and returns its reference.
   * `source` should be a plain Uint8Array: a Buffer's `subarray` goes through a slow subclass
   * constructor.
   */
  append(source: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length === 0) return 0;
    let chunk = this.currentChunk();
    if (this.used + length > chunk.length) chunk = this.makeRoom(length);
    const used = this.used;
    // Names and rules are mostly under 100 bytes: copying them four bytes at a time through
    // DataViews (unaligned loads and stores once optimized) takes about half the time of a
    // typed-array copy, which first makes a subarray object, and a third of a byte loop's.
    if (length <= 128) {
      const from = this.sourceView.of(source);
      const to = this.targetView.of(chunk);
      let index = 0;
      for (; index + 4 <= length; index += 4) {
        to.setUint32(used + index, from.getUint32(start + index, true), true);
      }
      for (; index < length; index++) to.setUint8(used + index, from.getUint8(start + index));
    } else {
      chunk.set(source.subarray(start, end), used);
    }
    this.used = used + length;
    return (this.chunks.length - 1) * CHUNK_BYTES + used;
  }

  /**
   * Like `append`, but stores each distinct text once: CFI rules and STACK WIN programs repeat
   * the same few strings hundreds of thousands of times. The table of known texts is open
   * addressing over typed arrays (a Map keyed by 32-bit hashes boxed most of its keys); it
   * stops taking texts after MAX_INTERNED distinct ones, so it stays bounded.
   */
  appendInterned(source: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length === 0) return 0;
    const sourceView = this.sourceView.of(source);
    const hash = hashBytes(sourceView, start, end);
    const table = this.internTable;
    const mask = table.lengths.length - 1;
    let slot = hash & mask;
    for (;;) {
      const knownLength = table.lengths[slot]!;
      if (knownLength === 0) break;
      if (
        knownLength === length &&
        table.hashes[slot] === hash &&
        this.equals(table.references[slot]!, sourceView, start, end)
      ) {
        return table.references[slot]!;
      }
      slot = (slot + 1) & mask;
    }
    const reference = this.append(source, start, end);
    if (table.count < MAX_INTERNED) {
      table.hashes[slot] = hash;
      table.references[slot] = reference;
      table.lengths[slot] = length;
      table.count++;
      if (table.count * 2 > table.lengths.length) this.internTable = table.doubled();
    }
    return reference;
  }

  private internTable = new InternTable(1 << 12);
  /** DataViews over the bytes being parsed, the chunk being filled and a chunk compared with. */
  private readonly sourceView = new CachedDataView();
  private readonly targetView = new CachedDataView();
  private readonly storedView = new CachedDataView();

  /** True when the text at `reference` is exactly `source[start, end)`. */
  private equals(reference: number, source: DataView, start: number, end: number): boolean {
    const chunk = this.chunks[Math.floor(reference / CHUNK_BYTES)]!;
    const offset = reference % CHUNK_BYTES;
    const length = end - start;
    if (offset + length > chunk.length) return false;
    const stored = this.storedView.of(chunk);
    let index = 0;
    for (; index + 4 <= length; index += 4) {
      if (stored.getUint32(offset + index) !== source.getUint32(start + index)) return false;
    }
    for (; index < length; index++) {
      if (stored.getUint8(offset + index) !== source.getUint8(start + index)) return false;
    }
    return true;
  }

  /** The finished heap. */
  finish(): ByteHeap {
    this.chunks[this.chunks.length - 1] = trimmed(this.currentChunk(), this.used);
    return new ByteHeap(this.chunks);
  }

  private currentChunk(): Buffer {
    return this.chunks[this.chunks.length - 1]!;
  }

  /** Doubles a small chunk in place (references stay valid) or starts a new full-size chunk. */
  private makeRoom(length: number): Buffer {
    const chunk = this.currentChunk();
    if (chunk.length < CHUNK_BYTES) {
      let size = chunk.length * 2;
      while (size < this.used + length && size < CHUNK_BYTES) size *= 2;
      if (this.used + length <= size) {
        const bigger = takeChunk(size);
        chunk.copy(bigger, 0, 0, this.used);
        releaseChunk(chunk);
        this.chunks[this.chunks.length - 1] = bigger;
        return bigger;
      }
    }
    this.chunks[this.chunks.length - 1] = trimmed(chunk, this.used);
    const fresh = takeChunk(CHUNK_BYTES);
    this.chunks.push(fresh);
    this.used = 0;
    return fresh;
  }
}

/**
 * The first `used` bytes of `chunk`: a view when at most 1/8 of it would be wasted (a full
 * chunk only loses the tail a string did not fit in), else a copy, and the chunk goes back to
 * the scratch pool.
 */
function trimmed(chunk: Buffer, used: number): Buffer {
  if (chunk.length - used <= used >>> 3) return chunk.subarray(0, used);
  const copy = Buffer.from(chunk.subarray(0, used));
  releaseChunk(chunk);
  return copy;
}

/** A chunk of exactly `size` bytes (not zeroed) from the scratch pool. */
function takeChunk(size: number): Buffer {
  const bytes = uint8Scratch.take(size);
  return Buffer.from(bytes.buffer, bytes.byteOffset, size);
}

/** Gives a chunk's storage back to the scratch pool, as a plain Uint8Array like the pool's others. */
function releaseChunk(chunk: Buffer): void {
  uint8Scratch.release(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
}

/** A 32-bit hash of `bytes[start, end)`, read four bytes at a time (DataView reads are unaligned loads once optimized). */
function hashBytes(bytes: DataView, start: number, end: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  let index = start;
  for (; index + 4 <= end; index += 4) {
    hash = Math.imul(hash ^ bytes.getUint32(index), 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  for (; index < end; index++) hash = Math.imul(hash ^ bytes.getUint8(index), 0x01000193);
  return hash;
}

/** Most distinct texts `appendInterned` remembers. */
const MAX_INTERNED = 1 << 20;

/** The slots of ByteHeapBuilder's interned texts; a slot with length 0 is empty. */
class InternTable {
  readonly hashes: Int32Array;
  readonly references: Uint32Array;
  readonly lengths: Uint32Array;
  count = 0;

  /** `size`: number of slots, a power of two. */
  constructor(size: number) {
    this.hashes = new Int32Array(size);
    this.references = new Uint32Array(size);
    this.lengths = new Uint32Array(size);
  }

  /** A table twice as big holding the same entries. */
  doubled(): InternTable {
    const bigger = new InternTable(this.lengths.length * 2);
    const mask = bigger.lengths.length - 1;
    for (let slot = 0; slot < this.lengths.length; slot++) {
      if (this.lengths[slot] === 0) continue;
      let target = this.hashes[slot]! & mask;
      while (bigger.lengths[target] !== 0) target = (target + 1) & mask;
      bigger.hashes[target] = this.hashes[slot]!;
      bigger.references[target] = this.references[slot]!;
      bigger.lengths[target] = this.lengths[slot]!;
    }
    bigger.count = this.count;
    return bigger;
  }
}

/** A DataView over the last byte array asked for (the parser passes the same chunk for many lines). */
class CachedDataView {
  private bytes: Uint8Array | null = null;
  private view: DataView = new DataView(new ArrayBuffer(0));

  /** A DataView over exactly `bytes`. */
  of(bytes: Uint8Array): DataView {
    if (bytes !== this.bytes) {
      this.bytes = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    return this.view;
  }
}
