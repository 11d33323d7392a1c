/**
 * JSON text exactly as Python's `json.dumps(value, sort_keys=True)` writes it, which is how
 * Antenna stores raw crashes: keys sorted by code point, `", "` and `": "` separators, every
 * character outside printable ASCII escaped as \uXXXX, Python's float spelling.
 * research/antenna-collector.md §5: stores written by Cairn and the reference are interchangeable.
 */

/**
 * A number that Python holds as a float. Plain JavaScript numbers that are integers are written
 * as Python ints (`1`); wrap one in PythonFloat to have it written as `1.0`.
 */
export class PythonFloat {
  constructor(readonly value: number) {}
}

/** An integer beyond JavaScript's safe range (2^53), kept exact as Python keeps it. */
export class PythonInt {
  constructor(readonly value: bigint) {}
}

/** A value formatPythonJson can write. */
export type PythonJsonValue =
  | null
  | boolean
  | number
  | string
  | PythonFloat
  | PythonInt
  | readonly PythonJsonValue[]
  | { readonly [key: string]: PythonJsonValue | undefined };

/** Serialises `value` as Python's `json.dumps(value, sort_keys=True)` would. */
export function formatPythonJson(value: PythonJsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? formatPythonInt(value) : formatPythonFloat(value);
  }
  if (typeof value === 'string') return formatPythonString(value);
  if (value instanceof PythonFloat) return formatPythonFloat(value.value);
  if (value instanceof PythonInt) return value.value.toString();
  if (Array.isArray(value)) {
    return `[${value.map((item: PythonJsonValue) => formatPythonJson(item)).join(', ')}]`;
  }
  const object = value as { readonly [key: string]: PythonJsonValue | undefined };
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort(compareCodePoints);
  return `{${keys.map((key) => `${formatPythonString(key)}: ${formatPythonJson(object[key]!)}`).join(', ')}}`;
}

/** Orders strings by Unicode code point, as Python sorts str (not by UTF-16 unit). */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done === y.done ? 0 : x.done ? -1 : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}

function formatPythonInt(value: number): string {
  // Integers beyond 2^53 come from floats in JavaScript; Python would print the exact int.
  return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}

/** Python's repr() of a float: shortest round-trip digits, exponent past 1e16 or below 1e-4. */
export function formatPythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa, exponentText] = value.toExponential().split('e') as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const text = String(value);
  return text.includes('.') ? text : `${text}.0`;
}

function formatPythonString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x22) out += '\\"';
    else if (unit === 0x5c) out += '\\\\';
    else if (unit >= 0x20 && unit <= 0x7e) out += value[i];
    else if (unit === 0x0a) out += '\\n';
    else if (unit === 0x0d) out += '\\r';
    else if (unit === 0x09) out += '\\t';
    else if (unit === 0x08) out += '\\b';
    else if (unit === 0x0c) out += '\\f';
    // UTF-16 units are exactly Python's escapes: astral characters become surrogate pairs.
    else out += `\\u${unit.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}
