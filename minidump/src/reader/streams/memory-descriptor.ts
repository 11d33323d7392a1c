import type { ByteView } from '../byte-view.js';

/** MINIDUMP_MEMORY_DESCRIPTOR (16 bytes): a range of process memory and where its bytes are. */
export interface MemoryDescriptor {
  readonly startOfMemoryRange: bigint;
  readonly dataSize: number;
  readonly rva: number;
}

/** Size of a MINIDUMP_MEMORY_DESCRIPTOR. */
export const MEMORY_DESCRIPTOR_SIZE = 16;

/** Reads a MINIDUMP_MEMORY_DESCRIPTOR at `offset`. */
export function readMemoryDescriptor(view: ByteView, offset: number): MemoryDescriptor {
  return {
    startOfMemoryRange: view.u64(offset),
    dataSize: view.u32(offset + 8),
    rva: view.u32(offset + 12),
  };
}

/** A region of process memory captured in the dump. */
export interface MemoryRegion {
  readonly baseAddress: bigint;
  readonly size: bigint;
  /** The captured bytes; `size` of them. */
  readonly bytes: ByteView;
}

/**
 * The region a descriptor points at, or undefined when its RVA or size is null or its bytes lie
 * outside the file (Windows writes null stack RVAs; callers then look the address up elsewhere).
 */
export function memoryRegionOf(
  file: ByteView,
  descriptor: MemoryDescriptor,
): MemoryRegion | undefined {
  if (descriptor.rva === 0 || descriptor.dataSize === 0) return undefined;
  if (!file.contains(descriptor.rva, descriptor.dataSize)) return undefined;
  return {
    baseAddress: descriptor.startOfMemoryRange,
    size: BigInt(descriptor.dataSize),
    bytes: file.slice(descriptor.rva, descriptor.dataSize),
  };
}
