import type { MemoryProtection, ProtectedRegion } from '../memory-protection.js';

/** Regions smaller than this (32 KiB) can be guard pages. */
const GUARD_MEMORY_MAX_SIZE = 2n << 14n;

function isAccessible(region: ProtectedRegion): boolean {
  return region.readable || region.writable || region.executable;
}

/**
 * A likely guard page: a mapped region with no permissions, smaller than 32 KiB, directly next
 * to a region that has some (the first adjacent region found in address order decides).
 */
export function isLikelyGuardPage(address: bigint, protection: MemoryProtection): boolean {
  const region = protection.regionAt(address);
  if (
    region === undefined ||
    isAccessible(region) ||
    region.end - region.start >= GUARD_MEMORY_MAX_SIZE
  ) {
    return false;
  }
  for (const other of protection.regions) {
    if (other.end + 1n === region.start && isAccessible(other)) return true;
    if (region.end + 1n === other.start) return isAccessible(other);
  }
  return false;
}
