import { trimColumn } from '../parse/growable-array.js';
import { uint32Scratch } from '../parse/scratch-arrays.js';

/** The finished line-record columns of a FunctionTable. */
export interface LineColumnArrays {
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly numbers: Uint32Array;
  readonly files: Uint32Array;
}

/**
 * The four columns of the line records (start and end relative to their function, line
 * number, file id), grown together: line records are most of a large file, and one capacity
 * check per record instead of one per column is measurably cheaper. Storage comes from the
 * scratch pool like GrowableColumn's.
 */
export class LineColumns {
  starts: Uint32Array;
  ends: Uint32Array;
  numbers: Uint32Array;
  files: Uint32Array;
  /** Number of line records. */
  length = 0;
  /** Room in every column (the pool may hand out arrays of different lengths). */
  private capacity: number;

  constructor(initialCapacity: number) {
    const size = Math.max(16, initialCapacity);
    this.starts = uint32Scratch.take(size);
    this.ends = uint32Scratch.take(size);
    this.numbers = uint32Scratch.take(size);
    this.files = uint32Scratch.take(size);
    this.capacity = this.smallestColumn();
  }

  /** Appends one line record. */
  push(start: number, end: number, lineNumber: number, fileId: number): void {
    const index = this.length;
    if (index === this.capacity) this.grow();
    this.starts[index] = start;
    this.ends[index] = end;
    this.numbers[index] = lineNumber;
    this.files[index] = fileId;
    this.length = index + 1;
  }

  /** Removes every record from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  /** The columns trimmed to `length`; the object must not be used afterwards. */
  finish(): LineColumnArrays {
    const { length } = this;
    return {
      starts: trimColumn(this.starts, length, uint32Scratch),
      ends: trimColumn(this.ends, length, uint32Scratch),
      numbers: trimColumn(this.numbers, length, uint32Scratch),
      files: trimColumn(this.files, length, uint32Scratch),
    };
  }

  /** Doubles every column. */
  private grow(): void {
    const size = this.capacity * 2;
    this.starts = grown(this.starts, size, this.length);
    this.ends = grown(this.ends, size, this.length);
    this.numbers = grown(this.numbers, size, this.length);
    this.files = grown(this.files, size, this.length);
    this.capacity = this.smallestColumn();
  }

  private smallestColumn(): number {
    return Math.min(this.starts.length, this.ends.length, this.numbers.length, this.files.length);
  }
}

/** A pooled array of at least `size` entries holding the first `length` of `values`. */
function grown(values: Uint32Array, size: number, length: number): Uint32Array {
  const bigger = uint32Scratch.take(size);
  bigger.set(values.subarray(0, length));
  uint32Scratch.release(values);
  return bigger;
}
