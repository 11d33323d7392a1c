/**
 * A growable little- or big-endian byte buffer for building synthetic minidumps. Deliberately
 * independent of src/format and src/reader, so a wrong layout cannot hide in both writer and reader.
 */
export class ByteSink {
  private buffer = new Uint8Array(256);
  private view = new DataView(this.buffer.buffer);
  private used = 0;

  constructor(readonly littleEndian = true) {}

  /** Bytes written so far. */
  get length(): number {
    return this.used;
  }

  private reserve(size: number): number {
    const at = this.used;
    if (at + size > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, at + size));
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    this.used += size;
    return at;
  }

  u8(value: number): this {
    const at = this.reserve(1);
    this.view.setUint8(at, value);
    return this;
  }

  u16(value: number): this {
    const at = this.reserve(2);
    this.view.setUint16(at, value, this.littleEndian);
    return this;
  }

  u32(value: number): this {
    const at = this.reserve(4);
    this.view.setUint32(at, value >>> 0, this.littleEndian);
    return this;
  }

  u64(value: bigint): this {
    const at = this.reserve(8);
    this.view.setBigUint64(at, BigInt.asUintN(64, value), this.littleEndian);
    return this;
  }

  bytes(data: Uint8Array): this {
    const at = this.reserve(data.length);
    this.buffer.set(data, at);
    return this;
  }

  zeros(count: number): this {
    this.reserve(count);
    return this;
  }

  /** Overwrites a u32 written earlier (for sizes and RVAs known only later). */
  patchU32(offset: number, value: number): void {
    this.view.setUint32(offset, value >>> 0, this.littleEndian);
  }

  /** A copy of the bytes written. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.used);
  }
}
