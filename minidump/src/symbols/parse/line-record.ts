/**
 * The hot path of symbol-file parsing: a line record (`<hex address> <hex size> <line>
 * <file id>`) ending in `\r*\n`. Line records are most of a large file, so this is one tight
 * loop over local variables instead of FieldReader calls. Field rules are FieldReader's:
 * ≤ 16 / ≤ 8 hex digits, ≤ 10 decimal digits within u32, separators of spaces or tabs.
 */

/**
 * Parses a line record at `position` into `fields` (address, size, line number, file id);
 * returns the next line's position, or -1 if the line is not a line record.
 */
export function readLineRecord(
  bytes: Uint8Array,
  position: number,
  end: number,
  fields: Float64Array,
): number {
  let at = position;
  for (let field = 0; field < 4; field++) {
    if (field > 0) {
      const separatorStart = at;
      while (at < end && (bytes[at] === 0x20 || bytes[at] === 0x09)) at++;
      if (at === separatorStart) return -1;
    }
    const fieldStart = at;
    let value = 0;
    if (field < 2) {
      const limit = Math.min(end, at + (field === 0 ? 16 : 8));
      while (at < limit) {
        const byte = bytes[at]!;
        if (byte >= 0x30 && byte <= 0x39) value = value * 16 + (byte - 0x30);
        else if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
          value = value * 16 + ((byte | 0x20) - 0x57);
        else break;
        at++;
      }
    } else {
      const limit = Math.min(end, at + 10);
      while (at < limit) {
        const digit = bytes[at]! - 0x30;
        if (digit < 0 || digit > 9) break;
        value = value * 10 + digit;
        at++;
      }
      if (value > 0xffff_ffff) return -1;
    }
    if (at === fieldStart) return -1;
    fields[field] = value;
  }
  while (at < end && bytes[at] === 0x0d) at++;
  return at < end && bytes[at] === 0x0a ? at + 1 : -1;
}
