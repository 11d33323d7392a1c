/**
 * Recognizes the keywords of the usual lines of a symbol file (FUNC, PUBLIC, INLINE,
 * INLINE_ORIGIN, FILE, STACK CFI INIT, STACK CFI, STACK WIN) four bytes at a time, for the
 * line machine's fast path. Only the exact form (keyword and one space) is recognized; any
 * other spelling goes through the general path.
 */

/** A kind of usual line. */
export interface UsualLine {
  /** Bytes of the keyword and its space. */
  readonly keywordLength: number;
  /** The open record the line must belong to, or null for a top-level record. */
  readonly within: 'func' | 'stack-cfi' | null;
}

/** The usual lines. INLINE_ORIGIN is a top-level record that may also appear inside a FUNC. */
export const USUAL_LINES = {
  func: { keywordLength: 5, within: null },
  public: { keywordLength: 7, within: null },
  inline: { keywordLength: 7, within: 'func' },
  inlineOrigin: { keywordLength: 14, within: null },
  file: { keywordLength: 5, within: null },
  stackCfiInit: { keywordLength: 15, within: null },
  stackCfiRow: { keywordLength: 10, within: 'stack-cfi' },
  stackWin: { keywordLength: 10, within: null },
} as const satisfies Record<string, UsualLine>;

/** Big-endian ASCII words: "FUNC", "FILE", "PUBL", "INLI", "STAC", … */
const FUNC = 0x46554e43;
const FILE = 0x46494c45;
const PUBL = 0x5055424c;
const INLI = 0x494e4c49;
const STAC = 0x53544143;
const SPACE = 0x20;
/** The longest keyword with its space, and one more byte (a line's newline, at least). */
const LONGEST_KEYWORD = 16;

/**
 * The usual line whose keyword starts at `position` of `view`, or null. Lines too close to the
 * end of the bytes for the longest keyword are left to the general path.
 */
export function usualLineAt(view: DataView, position: number): UsualLine | null {
  if (position + LONGEST_KEYWORD > view.byteLength) return null;
  const first = view.getUint32(position);
  const second = view.getUint32(position + 4);
  switch (first) {
    case FUNC:
      return second >>> 24 === SPACE ? USUAL_LINES.func : null;
    case FILE:
      return second >>> 24 === SPACE ? USUAL_LINES.file : null;
    case PUBL:
      return (second & 0xffffff00) === 0x49432000 ? USUAL_LINES.public : null; // "IC "
    case INLI:
      if ((second & 0xffffff00) === 0x4e452000) return USUAL_LINES.inline; // "NE "
      return second === 0x4e455f4f && // "NE_O"
        view.getUint32(position + 8) === 0x52494749 && // "RIGI"
        view.getUint32(position + 12) >>> 16 === 0x4e20 // "N "
        ? USUAL_LINES.inlineOrigin
        : null;
    case STAC:
      return stackLine(second, view.getUint32(position + 8), view.getUint32(position + 12));
    default:
      return null;
  }
}

/** The STACK line given its bytes 4–7, 8–11 and 12–15. */
function stackLine(second: number, third: number, fourth: number): UsualLine | null {
  if (second === 0x4b204346) {
    // "K CF"
    if (third === 0x4920494e && fourth >>> 8 === 0x495420) return USUAL_LINES.stackCfiInit; // "I IN", "IT "
    return third >>> 16 === 0x4920 ? USUAL_LINES.stackCfiRow : null; // "I "
  }
  return second === 0x4b205749 && third >>> 16 === 0x4e20 ? USUAL_LINES.stackWin : null; // "K WI", "N "
}
