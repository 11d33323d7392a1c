import type { GrowableColumn } from '../parse/growable-array.js';

/**
 * Decides which address ranges survive when a symbol file has overlapping records, the way
 * rust-minidump builds its range maps: sort by (start, end), keeping file order for ties, and
 * drop every range that starts before the previous kept range ends. (The reference merges
 * identical duplicates instead of dropping them; for lookups that is the same thing.)
 *
 * `ends` are exclusive. Returns the kept indices in address order.
 */
export function keepNonOverlapping(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  first: number,
  count: number,
): Uint32Array {
  const order = new Uint32Array(count);
  let sorted = true;
  for (let index = 0; index < count; index++) {
    order[index] = first + index;
    if (
      index > 0 &&
      (starts[first + index]! < starts[first + index - 1]! ||
        (starts[first + index] === starts[first + index - 1] &&
          ends[first + index]! < ends[first + index - 1]!))
    ) {
      sorted = false;
    }
  }
  if (!sorted) {
    order.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
  }
  let kept = 0;
  let lastEnd = -1;
  for (let index = 0; index < count; index++) {
    const candidate = order[index]!;
    if (starts[candidate]! < lastEnd) continue;
    order[kept++] = candidate;
    lastEnd = ends[candidate]!;
  }
  return kept === count ? order : order.slice(0, kept);
}

/** Index of the last entry of `sortedStarts[first, first + count)` that is ≤ `value`, or -1. */
export function findLastAtOrBelow(
  sortedStarts: ArrayLike<number>,
  first: number,
  count: number,
  value: number,
): number {
  let low = first;
  let high = first + count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sortedStarts[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1 >= first ? low - 1 : -1;
}

/** True when `kept` is 0, 1, …, count − 1 (nothing dropped, nothing moved). */
export function keepsEveryRow(kept: Uint32Array, count: number): boolean {
  if (kept.length !== count) return false;
  for (let index = 0; index < count; index++) if (kept[index] !== index) return false;
  return true;
}

/**
 * The rows `kept` of a column, in that order (the trimmed column itself when `keepsAll`). The
 * column is finished: its storage goes back to the scratch pool.
 */
export function selectRows<T extends Float64Array | Uint32Array | Uint8Array>(
  column: GrowableColumn<T>,
  kept: Uint32Array,
  keepsAll: boolean,
): T {
  if (keepsAll) return column.finish();
  const selected = new (column.values.constructor as new (length: number) => T)(kept.length);
  for (let index = 0; index < kept.length; index++) selected[index] = column.values[kept[index]!]!;
  column.release();
  return selected;
}
