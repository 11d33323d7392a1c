import type { MemoryRegion } from '../reader/streams/memory-descriptor.js';

/**
 * The one memory region a thread's unwinding may read (its stack). Reads outside it, or that
 * cross its end, return undefined: the reference never falls back to other regions.
 */
export class StackMemory {
  readonly base: bigint;
  readonly end: bigint;
  private readonly region: MemoryRegion;

  constructor(region: MemoryRegion) {
    this.region = region;
    this.base = region.baseAddress;
    this.end = region.baseAddress + region.size;
  }

  /** True when `size` bytes at `address` are all inside the region. */
  contains(address: bigint, size: number): boolean {
    return address >= this.base && address + BigInt(size) <= this.end;
  }

  /**
   * Reads a word as a JavaScript number: exact below 2^53, rounded above. The scan loops use it
   * to reject most words before doing exact (bigint) work; see docs/decisions.md.
   */
  readApproximate(address: bigint, size: 4 | 8): number | undefined {
    if (!this.contains(address, size)) return undefined;
    const offset = Number(address - this.base);
    const bytes = this.region.bytes;
    if (size === 4) return bytes.u32(offset);
    const first = bytes.u32(offset);
    const second = bytes.u32(offset + 4);
    return bytes.littleEndian ? second * 0x100000000 + first : first * 0x100000000 + second;
  }

  /** Reads an unsigned value of 4 or 8 bytes in the dump's byte order. */
  read(address: bigint, size: 4 | 8): bigint | undefined {
    if (!this.contains(address, size)) return undefined;
    const offset = Number(address - this.base);
    return size === 4 ? BigInt(this.region.bytes.u32(offset)) : this.region.bytes.u64(offset);
  }
}
