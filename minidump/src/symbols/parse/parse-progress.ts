/** Columns shorter than this just double: their growth costs little. */
const MIN_ESTIMATED_LENGTH = 4096;
/** Bytes a column must have been filling over before the rate at which it fills is trusted. */
const MIN_SPAN_BYTES = 1 << 20;

/**
 * How far a parse is through its file, so that a growing column can take the room it will need
 * instead of doubling: a 200 MB file's columns doubled four or five times and then were copied
 * to their exact length, and the fresh memory that takes (page faults included) was a sixth of
 * the parse.
 */
export class ParseProgress {
  /** Bytes of the file parsed so far (the start of the line being parsed). */
  parsedBytes = 0;

  /** `totalBytes`: the file's size, 0 when unknown. */
  constructor(readonly totalBytes: number) {}

  /**
   * The capacity a full column of `length` entries grows to: the length it reaches at the end
   * of the file if it keeps filling at the rate it has since it held `markLength` entries at
   * `markBytes`, plus 2 %, kept between 1.25× and 4× `length`. Twice `length` while that rate
   * is not known (unknown size, a short column or too few bytes since the mark).
   */
  nextCapacity(length: number, markLength: number, markBytes: number): number {
    const span = this.parsedBytes - markBytes;
    const remaining = this.totalBytes - this.parsedBytes;
    if (length < MIN_ESTIMATED_LENGTH || span < MIN_SPAN_BYTES || remaining < 0) return length * 2;
    const expected = length + ((length - markLength) / span) * remaining;
    const capacity = Math.ceil(expected * 1.02);
    return Math.min(Math.max(capacity, Math.ceil(length * 1.25)), length * 4);
  }
}

/** The progress of a parse of unknown size: columns double. */
export const UNKNOWN_PROGRESS = new ParseProgress(0);
