/** Element types of the parser's growable storage. */
type ScratchArray = Float64Array | Uint32Array | Uint8Array;

/** Arrays bigger than this are never kept: big files grow their columns once and keep them. */
export const MAX_SCRATCH_ARRAY_BYTES = 4 << 20;

/** Bound on the bytes all scratch pools keep idle between parses, together. */
export const MAX_SCRATCH_BYTES = 16 << 20;

/** Bound on the number of arrays one pool keeps (keeps `take` a short scan). */
const MAX_ARRAYS_PER_POOL = 128;

/** Bytes currently kept by every pool. */
let scratchBytes = 0;

/**
 * Growth space of one element type, kept between parses. A parse grows its columns by doubling
 * and copies each into an exact-size array when it finishes; without reuse, every parse of a
 * 4 MB file allocated ~18 MB of array buffers for a 4.6 MB index, and V8 answers that much
 * external memory with a full mark-compact per parse. Arrays handed out are not zeroed.
 */
export class ScratchArrayPool<T extends ScratchArray> {
  private readonly arrays: T[] = [];

  constructor(private readonly allocate: (length: number) => T) {}

  /**
   * An array of at least `minLength` elements: the smallest kept one no larger than four times
   * that (so a small column does not take the space a big one will ask for), else a new one.
   */
  take(minLength: number): T {
    let best = -1;
    for (let index = 0; index < this.arrays.length; index++) {
      const length = this.arrays[index]!.length;
      if (length < minLength || length > 4 * minLength) continue;
      if (best < 0 || length < this.arrays[best]!.length) best = index;
    }
    if (best < 0) return this.allocate(minLength);
    const array = this.arrays[best]!;
    this.arrays[best] = this.arrays[this.arrays.length - 1]!;
    this.arrays.pop();
    scratchBytes -= array.byteLength;
    return array;
  }

  /**
   * Gives `array` back for later parses; nothing may use it afterwards. Arrays over
   * MAX_SCRATCH_ARRAY_BYTES, or beyond the pools' bounds, are left to the garbage collector.
   */
  release(array: T): void {
    const bytes = array.byteLength;
    if (
      bytes === 0 ||
      bytes > MAX_SCRATCH_ARRAY_BYTES ||
      scratchBytes + bytes > MAX_SCRATCH_BYTES ||
      this.arrays.length >= MAX_ARRAYS_PER_POOL
    ) {
      return;
    }
    this.arrays.push(array);
    scratchBytes += bytes;
  }
}

/** Scratch float64 arrays (address columns). */
export const float64Scratch = new ScratchArrayPool<Float64Array>(
  (length) => new Float64Array(length),
);

/** Scratch uint32 arrays (sizes, ids, heap references). */
export const uint32Scratch = new ScratchArrayPool<Uint32Array>((length) => new Uint32Array(length));

/** Scratch byte arrays (flags, byte-heap chunks, file read buffers). */
export const uint8Scratch = new ScratchArrayPool<Uint8Array>((length) => new Uint8Array(length));
