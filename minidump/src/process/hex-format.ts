/** Formats an address as the reference does: `0x` + lowercase hex padded to the pointer width. */
export function formatAddress(value: bigint, pointerSize: 4 | 8): string {
  return `0x${value.toString(16).padStart(pointerSize * 2, '0')}`;
}
