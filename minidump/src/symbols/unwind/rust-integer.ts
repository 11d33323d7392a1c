const MAX_I64 = (1n << 63n) - 1n;
const MIN_I64 = -(1n << 63n);

/**
 * Parses a token the way Rust's `i64::from_str` / `i32::from_str` do: an optional `+` or `-`,
 * then ASCII digits only, within range. Returns null otherwise.
 */
export function parseRustInteger(token: string, bits: 32 | 64): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(token)) return null;
  const value = BigInt(token.startsWith('+') ? token.slice(1) : token);
  const max = bits === 64 ? MAX_I64 : 2147483647n;
  const min = bits === 64 ? MIN_I64 : -2147483648n;
  return value > max || value < min ? null : value;
}
