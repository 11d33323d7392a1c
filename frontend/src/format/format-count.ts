/** Counts with thousands separators, the same in every browser locale ("12,345"). */
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Formats a count. */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}
