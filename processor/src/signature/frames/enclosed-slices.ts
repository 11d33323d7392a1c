/**
 * Finding and rewriting bracketed parts of a function name (`<…>`, `(…)`, `[…]`), the
 * building block of type and argument collapsing. Only outermost groups are reported; an
 * unclosed opener runs to the end of the text. Indices count code points, as the reference's.
 */

/** The `[start, end)` code-point ranges of the outermost `open … close` groups of `text`. */
export function findEnclosedSlices(text: string, open: string, close: string): [number, number][] {
  return slicesOf(Array.from(text), open, close);
}

function slicesOf(chars: readonly string[], open: string, close: string): [number, number][] {
  const slices: [number, number][] = [];
  let depth = 0;
  let start = 0;
  chars.forEach((char, index) => {
    if (char === open) {
      if (depth === 0) start = index;
      depth++;
    } else if (char === close && depth > 0) {
      depth--;
      if (depth === 0) slices.push([start, index + 1]);
    }
  });
  if (depth > 0) slices.push([start, chars.length]);
  return slices;
}

/**
 * Decides what replaces one group: gets the text between the previous group and this one
 * (`before`, not the whole prefix) and the group itself with its brackets.
 */
export type SliceReplacer = (before: string, inside: string) => string;

/** Rewrites every outermost `open … close` group of `text` with `replace`. */
export function replaceEnclosedSlices(
  text: string,
  open: string,
  close: string,
  replace: SliceReplacer,
): string {
  const chars = Array.from(text);
  let out = '';
  let previousEnd = 0;
  for (const [start, end] of slicesOf(chars, open, close)) {
    const before = chars.slice(previousEnd, start).join('');
    out += before + replace(before, chars.slice(start, end).join(''));
    previousEnd = end;
  }
  return out + chars.slice(previousEnd).join('');
}
