import {
  float64Scratch,
  MAX_SCRATCH_ARRAY_BYTES,
  type ScratchArrayPool,
  uint32Scratch,
  uint8Scratch,
} from './scratch-arrays.js';
import { type ParseProgress, UNKNOWN_PROGRESS } from './parse-progress.js';

/** Typed arrays the growable columns hold. */
type NumericArray = Float64Array | Uint32Array | Uint8Array;

/**
 * One column of numbers that grows while a symbol file is parsed (to the length the parse's
 * progress predicts, see parse-progress.ts, else by doubling), then is trimmed to its exact
 * length. Columns instead of one object per record keep the index compact.
 * Storage comes from a scratch pool and goes back to it once the column is finished (see
 * scratch-arrays.ts), so repeated parses do not allocate their growth space again.
 * Each element type has its own subclass with its own `push`, so the store in that hot
 * method only ever sees one kind of typed array and V8 keeps it monomorphic.
 */
export abstract class GrowableColumn<T extends NumericArray> {
  /** Backing storage; only the first `length` entries are meaningful. */
  values: T;
  /** Number of values pushed. */
  length = 0;
  /** `length` and the parse's position when the column first grew (-1: not yet). */
  private markLength = -1;
  private markBytes = 0;

  constructor(
    private readonly scratch: ScratchArrayPool<T>,
    initialCapacity: number,
    private readonly progress: ParseProgress,
  ) {
    this.values = scratch.take(Math.max(16, initialCapacity));
  }

  /** Appends one value. */
  abstract push(value: number): void;

  /** Removes every value from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  /**
   * The values as an array of exactly `length` entries. Storage small enough for the scratch
   * pool is copied and given back; bigger storage is returned as a view when at most 1/8 of it
   * would be wasted (copying a big column costs time and a second copy's memory), else copied.
   * The column must not be used afterwards.
   */
  finish(): T {
    const exact = trimColumn(this.values, this.length, this.scratch);
    this.values = this.values.subarray(0, 0) as T;
    return exact;
  }

  /** Gives the storage back to the scratch pool; the column must not be used afterwards. */
  release(): void {
    this.scratch.release(this.values);
    this.values = this.values.subarray(0, 0) as T;
  }

  /** Makes room: doubles the storage the first time, then as `progress` predicts. */
  protected grow(): void {
    const length = this.length;
    let size = length * 2;
    if (this.markLength < 0) {
      this.markLength = length;
      this.markBytes = this.progress.parsedBytes;
    } else {
      size = this.progress.nextCapacity(length, this.markLength, this.markBytes);
    }
    const bigger = this.scratch.take(size);
    bigger.set(this.values.subarray(0, this.length));
    this.scratch.release(this.values);
    this.values = bigger;
  }
}

/**
 * The first `length` values of a column's storage as an array of exactly that length (see
 * GrowableColumn.finish); `values` goes back to `scratch` when it is copied.
 */
export function trimColumn<T extends NumericArray>(
  values: T,
  length: number,
  scratch: ScratchArrayPool<T>,
): T {
  if (values.byteLength <= MAX_SCRATCH_ARRAY_BYTES) {
    const exact = values.slice(0, length) as T;
    scratch.release(values);
    return exact;
  }
  if (values.length - length <= length >>> 3) return values.subarray(0, length) as T;
  return values.slice(0, length) as T;
}

/** A growable column of float64 values (addresses below 2^53). */
export class Float64Column extends GrowableColumn<Float64Array> {
  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }
}

/** A growable column of uint32 values (sizes, line numbers, ids, heap references). */
export class Uint32Column extends GrowableColumn<Uint32Array> {
  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }
}

/** A growable column of bytes (flags). */
export class Uint8Column extends GrowableColumn<Uint8Array> {
  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }
}

/** A growable column of float64 values (addresses below 2^53). */
export function createFloat64Column(
  initialCapacity = 256,
  progress = UNKNOWN_PROGRESS,
): Float64Column {
  return new Float64Column(float64Scratch, initialCapacity, progress);
}

/** A growable column of uint32 values (sizes, line numbers, ids, heap references). */
export function createUint32Column(
  initialCapacity = 256,
  progress = UNKNOWN_PROGRESS,
): Uint32Column {
  return new Uint32Column(uint32Scratch, initialCapacity, progress);
}

/** A growable column of bytes (flags). */
export function createUint8Column(initialCapacity = 256, progress = UNKNOWN_PROGRESS): Uint8Column {
  return new Uint8Column(uint8Scratch, initialCapacity, progress);
}
