import { MinidumpError } from './minidump-error.js';

/**
 * A bounds-checked window on the dump's bytes. Offsets are relative to the window; every read
 * that would cross its end throws `DataOutOfBounds` instead of returning garbage.
 */
export class ByteView {
  readonly bytes: Uint8Array;
  readonly littleEndian: boolean;
  private readonly data: DataView;

  constructor(bytes: Uint8Array, littleEndian = true) {
    this.bytes = bytes;
    this.littleEndian = littleEndian;
    this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Number of bytes in the window. */
  get length(): number {
    return this.bytes.byteLength;
  }

  /** True when `size` bytes starting at `offset` lie inside the window. */
  contains(offset: number, size: number): boolean {
    return offset >= 0 && size >= 0 && offset + size <= this.bytes.byteLength;
  }

  /** Throws `DataOutOfBounds` unless `size` bytes at `offset` are inside the window. */
  check(offset: number, size: number): void {
    if (!this.contains(offset, size)) {
      throw new MinidumpError(
        'DataOutOfBounds',
        `${size} bytes at offset ${offset} lie outside the ${this.bytes.byteLength}-byte data`,
        { offset, expected: offset + size, actual: this.bytes.byteLength },
      );
    }
  }

  /** Reads an unsigned byte. */
  u8(offset: number): number {
    this.check(offset, 1);
    return this.data.getUint8(offset);
  }

  /** Reads an unsigned 16-bit integer. */
  u16(offset: number): number {
    this.check(offset, 2);
    return this.data.getUint16(offset, this.littleEndian);
  }

  /** Reads an unsigned 32-bit integer. */
  u32(offset: number): number {
    this.check(offset, 4);
    return this.data.getUint32(offset, this.littleEndian);
  }

  /** Reads an unsigned 64-bit integer. */
  u64(offset: number): bigint {
    this.check(offset, 8);
    return this.data.getBigUint64(offset, this.littleEndian);
  }

  /** Reads an unsigned 64-bit integer that must fit a JavaScript number (sizes, counts, RVAs). */
  u64AsNumber(offset: number): number {
    const value = this.u64(offset);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
  }

  /** A sub-window of `size` bytes at `offset` sharing the same memory. */
  slice(offset: number, size: number): ByteView {
    this.check(offset, size);
    return new ByteView(this.bytes.subarray(offset, offset + size), this.littleEndian);
  }
}
