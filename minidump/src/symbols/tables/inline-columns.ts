import { trimColumn } from '../parse/growable-array.js';
import { float64Scratch, type ScratchArrayPool, uint32Scratch } from '../parse/scratch-arrays.js';

/** The finished INLINE columns of a FunctionTable. */
export interface InlineColumnArrays {
  readonly depths: Uint32Array;
  readonly starts: Float64Array;
  readonly sizes: Uint32Array;
  readonly callFiles: Uint32Array;
  readonly callLines: Uint32Array;
  readonly origins: Uint32Array;
}

/**
 * The six columns of the INLINE address ranges, grown together with one capacity check per
 * range (a third of an inline-heavy file's lines are INLINE records). Storage comes from the
 * scratch pool like GrowableColumn's.
 */
export class InlineColumns {
  depths = uint32Scratch.take(256);
  starts = float64Scratch.take(256);
  sizes = uint32Scratch.take(256);
  callFiles = uint32Scratch.take(256);
  callLines = uint32Scratch.take(256);
  origins = uint32Scratch.take(256);
  /** Number of ranges. */
  length = 0;
  /** Room in every column (the pool may hand out arrays of different lengths). */
  private capacity = this.smallestColumn();

  /** Appends one INLINE address range. */
  push(
    depth: number,
    start: number,
    size: number,
    callFile: number,
    callLine: number,
    origin: number,
  ): void {
    const index = this.length;
    if (index === this.capacity) this.grow();
    this.depths[index] = depth;
    this.starts[index] = start;
    this.sizes[index] = size;
    this.callFiles[index] = callFile;
    this.callLines[index] = callLine;
    this.origins[index] = origin;
    this.length = index + 1;
  }

  /** The columns trimmed to `length`; the object must not be used afterwards. */
  finish(): InlineColumnArrays {
    const { length } = this;
    return {
      depths: trimColumn(this.depths, length, uint32Scratch),
      starts: trimColumn(this.starts, length, float64Scratch),
      sizes: trimColumn(this.sizes, length, uint32Scratch),
      callFiles: trimColumn(this.callFiles, length, uint32Scratch),
      callLines: trimColumn(this.callLines, length, uint32Scratch),
      origins: trimColumn(this.origins, length, uint32Scratch),
    };
  }

  /** Doubles every column. */
  private grow(): void {
    const size = this.capacity * 2;
    const length = this.length;
    this.depths = moved(this.depths, uint32Scratch, size, length);
    this.starts = moved(this.starts, float64Scratch, size, length);
    this.sizes = moved(this.sizes, uint32Scratch, size, length);
    this.callFiles = moved(this.callFiles, uint32Scratch, size, length);
    this.callLines = moved(this.callLines, uint32Scratch, size, length);
    this.origins = moved(this.origins, uint32Scratch, size, length);
    this.capacity = this.smallestColumn();
  }

  private smallestColumn(): number {
    return Math.min(
      this.depths.length,
      this.starts.length,
      this.sizes.length,
      this.callFiles.length,
      this.callLines.length,
      this.origins.length,
    );
  }
}

/** A pooled array of at least `size` entries holding the first `length` of `values`. */
function moved<T extends Float64Array | Uint32Array>(
  values: T,
  pool: ScratchArrayPool<T>,
  size: number,
  length: number,
): T {
  const bigger = pool.take(size);
  bigger.set(values.subarray(0, length));
  pool.release(values);
  return bigger;
}
