/**
 * Python's `list.sort()` for the reference's AsyncShutdownTimeout conditions. The order of
 * comparisons follows CPython's timsort for short lists (one natural run, then binary
 * insertion), so a list mixing unorderable types fails on the same pair, with the same
 * TypeError text, as in the reference.
 */
import { pythonLessThan } from './python-values.js';

/** A sorted copy of `items`, ordered and failing as Python's `sorted(items)` does. */
export function pythonSorted(items: readonly unknown[]): unknown[] {
  const sorted = [...items];
  if (sorted.length < 2) return sorted;
  const runLength = sortNaturalRun(sorted);
  for (let start = runLength; start < sorted.length; start++) {
    const pivot = sorted[start];
    let low = 0;
    let high = start;
    do {
      const middle = low + ((high - low) >> 1);
      if (pythonLessThan(pivot, sorted[middle])) high = middle;
      else low = middle + 1;
    } while (low < high);
    sorted.splice(start, 1);
    sorted.splice(low, 0, pivot);
  }
  return sorted;
}

/** CPython's count_run: the length of the leading run, reversed in place when descending. */
function sortNaturalRun(items: unknown[]): number {
  let length = 2;
  if (pythonLessThan(items[1], items[0])) {
    while (length < items.length && pythonLessThan(items[length], items[length - 1])) length++;
    const run = items.slice(0, length).reverse();
    items.splice(0, length, ...run);
  } else {
    while (length < items.length && !pythonLessThan(items[length], items[length - 1])) length++;
  }
  return length;
}
