const SPACE = 0x20;
const TAB = 0x09;

/** Largest address kept in the index: float64 is exact below 2^53 (module offsets are < 2^32). */
export const MAX_INDEXED_ADDRESS = Number.MAX_SAFE_INTEGER;

/**
 * The value of each byte as a hex digit (0-9, a-f, A-F), or -1. One table load per byte is
 * cheaper than range comparisons in the parser's digit loops.
 */
export const HEX_DIGIT_VALUES: Int8Array = (() => {
  const values = new Int8Array(256).fill(-1);
  for (let digit = 0; digit < 16; digit++) {
    const text = digit.toString(16);
    values[text.charCodeAt(0)] = digit;
    values[text.toUpperCase().charCodeAt(0)] = digit;
  }
  return values;
})();

/**
 * Reads the fields of one line of a symbol file in place, without making strings. Each reader
 * method advances `position` and returns false (leaving `position` alone) when the field is
 * not there. Field rules follow the reference parser: hex fields take at most 16 (u64) or
 * 8 (u32) digits, decimal fields at most 10 digits within u32, separators are one or more
 * spaces or tabs.
 */
export class FieldReader {
  /** The bytes being read. */
  bytes: Uint8Array = new Uint8Array(0);
  /** Next byte to read. */
  position = 0;
  /** End of the line (exclusive; trailing `\r` already excluded). */
  end = 0;
  /** Value of the last number read. */
  value = 0;

  /** Points the reader at `bytes[position, end)`. */
  reset(bytes: Uint8Array, position: number, end: number): void {
    this.bytes = bytes;
    this.position = position;
    this.end = end;
  }

  /** True when the whole line has been read. */
  atEnd(): boolean {
    return this.position === this.end;
  }

  /** Reads 1..`maxDigits` hex digits into `value` (inexact above 2^53; see MAX_INDEXED_ADDRESS). */
  hex(maxDigits: 8 | 16): boolean {
    const bytes = this.bytes;
    const limit = Math.min(this.end, this.position + maxDigits);
    let position = this.position;
    let value = 0;
    while (position < limit) {
      const digit = HEX_DIGIT_VALUES[bytes[position]!]!;
      if (digit < 0) break;
      value = value * 16 + digit;
      position++;
    }
    if (position === this.position) return false;
    this.value = value;
    this.position = position;
    return true;
  }

  /** Reads 1..10 decimal digits with a value that fits in a u32. */
  decimal(): boolean {
    const bytes = this.bytes;
    const limit = Math.min(this.end, this.position + 10);
    let position = this.position;
    let value = 0;
    while (position < limit) {
      const digit = bytes[position]! - 0x30;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
      position++;
    }
    if (position === this.position || value > 0xffff_ffff) return false;
    this.value = value;
    this.position = position;
    return true;
  }

  /** Skips one or more spaces or tabs. */
  separator(): boolean {
    const { bytes, end } = this;
    let position = this.position;
    while (position < end && (bytes[position] === SPACE || bytes[position] === TAB)) position++;
    if (position === this.position) return false;
    this.position = position;
    return true;
  }

  /** Reads `keyword` followed by a separator. */
  keyword(keyword: Uint8Array): boolean {
    const { bytes, position: start } = this;
    const length = keyword.length;
    if (start + length > this.end) return false;
    for (let index = 0; index < length; index++) {
      if (bytes[start + index] !== keyword[index]) return false;
    }
    this.position = start + length;
    if (this.separator()) return true;
    this.position = start;
    return false;
  }

  /** Reads the optional `m` flag of FUNC / PUBLIC (with its separator). */
  multipleFlag(): void {
    if (this.bytes[this.position] !== 0x6d) return;
    const start = this.position;
    this.position++;
    if (!this.separator()) this.position = start;
  }

  /** Reads one byte that satisfies `accept` (STACK WIN's one-character fields). */
  singleByte(accept: (byte: number) => boolean): boolean {
    if (this.position >= this.end || !accept(this.bytes[this.position]!)) return false;
    this.value = this.bytes[this.position]!;
    this.position++;
    return true;
  }

  /** Reads up to the next space (MODULE's os and cpu fields; may be empty). */
  nonSpace(): number {
    const start = this.position;
    while (this.position < this.end && this.bytes[this.position] !== SPACE) this.position++;
    return start;
  }
}

/** ASCII bytes of a keyword, for FieldReader.keyword. */
export function keywordBytes(keyword: string): Uint8Array {
  return Uint8Array.from(keyword, (character) => character.charCodeAt(0));
}

/** True for 0-9, a-f, A-F. */
export function isHexDigit(byte: number): boolean {
  return HEX_DIGIT_VALUES[byte]! >= 0;
}
