import type { Minidump } from '../reader/minidump.js';
import { readLinuxMaps } from '../reader/streams/linux-maps.js';
import { readMemoryInfoList } from '../reader/streams/memory-info-list.js';

/** A mapped range of the address space and what the process could do with it. */
export interface ProtectedRegion {
  readonly start: bigint;
  /** Last address of the region, inclusive. */
  readonly end: bigint;
  readonly readable: boolean;
  readonly writable: boolean;
  readonly executable: boolean;
}

const PAGE_READONLY = 0x02;
const PAGE_READWRITE = 0x04;
const PAGE_WRITECOPY = 0x08;
const PAGE_EXECUTE = 0x10;
const PAGE_EXECUTE_READ = 0x20;
const PAGE_EXECUTE_READWRITE = 0x40;
const PAGE_EXECUTE_WRITECOPY = 0x80;

/**
 * Memory permissions from MemoryInfoList (Windows) or LinuxMaps (Linux); MemoryInfoList wins
 * when both exist. Regions are sorted by start address.
 */
export class MemoryProtection {
  readonly regions: readonly ProtectedRegion[];

  constructor(regions: ProtectedRegion[]) {
    this.regions = regions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }

  /** Reads whichever permission stream the dump has (empty when none or unreadable). */
  static fromDump(dump: Minidump): MemoryProtection {
    const info = attempt(() => readMemoryInfoList(dump));
    if (info !== undefined) {
      return new MemoryProtection(
        info
          .filter((region) => region.regionSize > 0n)
          .map((region) => {
            const protection = region.protection;
            return {
              start: region.baseAddress,
              end: region.baseAddress + region.regionSize - 1n,
              readable:
                (protection &
                  (PAGE_READONLY | PAGE_READWRITE | PAGE_EXECUTE_READ | PAGE_EXECUTE_READWRITE)) !==
                0,
              writable:
                (protection &
                  (PAGE_READWRITE |
                    PAGE_WRITECOPY |
                    PAGE_EXECUTE_READWRITE |
                    PAGE_EXECUTE_WRITECOPY)) !==
                0,
              executable:
                (protection &
                  (PAGE_EXECUTE |
                    PAGE_EXECUTE_READ |
                    PAGE_EXECUTE_READWRITE |
                    PAGE_EXECUTE_WRITECOPY)) !==
                0,
            };
          }),
      );
    }
    const maps = attempt(() => readLinuxMaps(dump)) ?? [];
    return new MemoryProtection(
      maps
        .filter((region) => region.finalAddress > region.baseAddress)
        .map((region) => ({
          start: region.baseAddress,
          end: region.finalAddress - 1n,
          readable: region.isRead,
          writable: region.isWrite,
          executable: region.isExec,
        })),
    );
  }

  /** The region containing `address`, or undefined. */
  regionAt(address: bigint): ProtectedRegion | undefined {
    return this.regions.find((region) => address >= region.start && address <= region.end);
  }
}

function attempt<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
