/** Typed-array constructors the growable columns support. */
type NumericArray = Float64Array | Uint32Array | Uint8Array;

interface NumericArrayConstructor<T extends NumericArray> {
  new (length: number): T;
}

/**
 * One column of numbers that grows by doubling while a symbol file is parsed, then is trimmed
 * to its exact length. Columns instead of one object per record keep the index compact.
 */
export class GrowableColumn<T extends NumericArray> {
  /** Backing storage; only the first `length` entries are meaningful. */
  values: T;
  /** Number of values pushed. */
  length = 0;

  constructor(
    private readonly create: NumericArrayConstructor<T>,
    initialCapacity = 256,
  ) {
    this.values = new create(initialCapacity);
  }

  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }

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

  private grow(): void {
    const bigger = new this.create(Math.max(16, this.values.length * 2));
    bigger.set(this.values);
    this.values = bigger;
  }
}

/** A growable column of float64 values (addresses below 2^53). */
export function createFloat64Column(initialCapacity?: number): GrowableColumn<Float64Array> {
  return new GrowableColumn(Float64Array, initialCapacity);
}

/** A growable column of uint32 values (sizes, line numbers, ids, heap references). */
export function createUint32Column(initialCapacity?: number): GrowableColumn<Uint32Array> {
  return new GrowableColumn(Uint32Array, initialCapacity);
}

/** A growable column of bytes (flags). */
export function createUint8Column(initialCapacity?: number): GrowableColumn<Uint8Array> {
  return new GrowableColumn(Uint8Array, initialCapacity);
}
