import type { MemoryRegion } from '../reader/streams/memory-descriptor.js';

/** The dump's captured memory (Memory64List or MemoryList), searchable by address. */
export class MemoryRegions {
  private readonly regions: readonly MemoryRegion[];

  constructor(regions: readonly MemoryRegion[]) {
    this.regions = regions.filter((region) => region.size > 0n);
  }

  /** The first region containing `address`, or undefined. */
  regionContaining(address: bigint): MemoryRegion | undefined {
    return this.regions.find(
      (region) => address >= region.baseAddress && address < region.baseAddress + region.size,
    );
  }

  /** Reads `size` (1–8) little-endian bytes at `address` from whichever region holds them all. */
  read(address: bigint, size: number): bigint | undefined {
    const region = this.regionContaining(address);
    if (region === undefined) return undefined;
    const offset = Number(address - region.baseAddress);
    if (!region.bytes.contains(offset, size)) return undefined;
    let value = 0n;
    for (let index = size - 1; index >= 0; index--) {
      const byte =
        region.bytes.bytes[offset + (region.bytes.littleEndian ? index : size - 1 - index)]!;
      value = (value << 8n) | BigInt(byte);
    }
    return value;
  }

  /** Up to `size` bytes starting at `address`, cut at the end of the containing region. */
  bytesAt(address: bigint, size: number): Uint8Array | undefined {
    const region = this.regionContaining(address);
    if (region === undefined) return undefined;
    const offset = Number(address - region.baseAddress);
    return region.bytes.bytes.subarray(offset, Math.min(offset + size, region.bytes.length));
  }
}
