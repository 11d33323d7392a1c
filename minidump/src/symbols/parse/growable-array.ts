/** Typed arrays the growable columns hold. */
type NumericArray = Float64Array | Uint32Array | Uint8Array;

/**
 * One column of numbers that grows by doubling while a symbol file is parsed, then is trimmed
 * to its exact length. Columns instead of one object per record keep the index compact.
 * Each element type has its own subclass with its own `push`, so the store in that hot
 * method only ever sees one kind of typed array and V8 keeps it monomorphic.
 */
export abstract class GrowableColumn<T extends NumericArray> {
  /** Backing storage; only the first `length` entries are meaningful. */
  values: T;
  /** Number of values pushed. */
  length = 0;

  constructor(initialCapacity: number) {
    this.values = this.allocate(Math.max(16, initialCapacity));
  }

  /** Appends one value. */
  abstract push(value: number): void;

  /** A zeroed array of `length` entries of this column's type. */
  protected abstract allocate(length: number): T;

  /** Removes every value from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  /**
   * The values as an array of exactly `length` entries: a view when at most 1/8 of the storage
   * would be wasted (copying a big column costs time and a second copy's memory), else a copy.
   */
  finish(): T {
    if (this.values.length - this.length <= this.length >>> 3) {
      return this.values.subarray(0, this.length) as T;
    }
    return this.values.slice(0, this.length) as T;
  }

  /** Doubles the storage. */
  protected grow(): void {
    const bigger = this.allocate(this.values.length * 2);
    bigger.set(this.values);
    this.values = bigger;
  }
}

/** A growable column of float64 values (addresses below 2^53). */
export class Float64Column extends GrowableColumn<Float64Array> {
  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }

  protected allocate(length: number): Float64Array {
    return new Float64Array(length);
  }
}

/** A growable column of uint32 values (sizes, line numbers, ids, heap references). */
export class Uint32Column extends GrowableColumn<Uint32Array> {
  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }

  protected allocate(length: number): Uint32Array {
    return new Uint32Array(length);
  }
}

/** A growable column of bytes (flags). */
export class Uint8Column extends GrowableColumn<Uint8Array> {
  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }

  protected allocate(length: number): Uint8Array {
    return new Uint8Array(length);
  }
}

/** A growable column of float64 values (addresses below 2^53). */
export function createFloat64Column(initialCapacity = 256): Float64Column {
  return new Float64Column(initialCapacity);
}

/** A growable column of uint32 values (sizes, line numbers, ids, heap references). */
export function createUint32Column(initialCapacity = 256): Uint32Column {
  return new Uint32Column(initialCapacity);
}

/** A growable column of bytes (flags). */
export function createUint8Column(initialCapacity = 256): Uint8Column {
  return new Uint8Column(initialCapacity);
}
