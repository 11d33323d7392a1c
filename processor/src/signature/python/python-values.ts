/**
 * How the reference (Python) treats the loosely typed values of crash data: truthiness, `str()`
 * and `repr()`, `dict.get`, `in`, `==`, iteration and `int()`. Crash data arrives as JSON of any
 * shape; these functions give each rule the reference's answer, or raise the PythonError the
 * reference would raise, so results and notes match it for odd input too.
 */
import { compareCodePoints, formatPythonFloat, PythonFloat } from '@cairn/core';
import { PythonError } from './python-error.js';

/** A Python dict as it reaches the rules: a parsed JSON object, or a Map from pythonJsonLoads. */
export type PythonDict = ReadonlyMap<string, unknown> | { readonly [key: string]: unknown };

/** Whether `value` is a dict (a JSON object). */
export function isPythonDict(value: unknown): value is PythonDict {
  if (value instanceof Map) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PythonFloat)
  );
}

/** Python's `type(value).__name__` for a JSON value. */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (value instanceof PythonFloat) return 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

/** Python's `bool(value)`. */
export function isPythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'bigint') return value !== 0n;
  if (value instanceof PythonFloat) return value.value !== 0;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  return Object.keys(value as object).length > 0;
}

/** The keys of a dict, in order. */
export function pythonDictKeys(dict: PythonDict): string[] {
  return dict instanceof Map ? [...dict.keys()] : Object.keys(dict);
}

/** Python's `obj.get(key, default)`; anything but a dict has no `get`. */
export function pythonGet(obj: unknown, key: string, defaultValue: unknown = null): unknown {
  if (!isPythonDict(obj)) throw missingAttribute(obj, 'get');
  if (obj instanceof Map) return obj.has(key) ? obj.get(key) : defaultValue;
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : defaultValue;
}

/** The AttributeError Python raises when `value.<name>` does not exist. */
export function missingAttribute(value: unknown, name: string): PythonError {
  return new PythonError(
    'AttributeError',
    `'${pythonTypeName(value)}' object has no attribute '${name}'`,
  );
}

/** Returns `value` when it is a str; otherwise raises what calling the str method `method` would. */
export function requirePythonStr(value: unknown, method: string): string {
  if (typeof value === 'string') return value;
  throw missingAttribute(value, method);
}

/** Python's `str(value)`, as f-strings and `%s` format it. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

/** Python's `repr(value)` for a JSON value. */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return formatPythonFloat(value);
    return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
  }
  if (value instanceof PythonFloat) return formatPythonFloat(value.value);
  if (typeof value === 'string') return reprString(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  const dict = value as PythonDict;
  const items = pythonDictKeys(dict).map(
    (key) => `${reprString(key)}: ${pythonRepr(pythonGet(dict, key))}`,
  );
  return `{${items.join(', ')}}`;
}

/** What Python's str.isprintable() rejects: Unicode "Other" and "Separator" characters. */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function escapeCodePoint(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) out += escapeCodePoint(code);
    else out += char;
  }
  return out + quote;
}

/** Python's `a == b` for JSON values (`1 == 1.0 == True`). */
export function pythonEquals(a: unknown, b: unknown): boolean {
  const left = numericValue(a);
  const right = numericValue(b);
  if (left !== undefined || right !== undefined) {
    return left !== undefined && right !== undefined && compareNumbers(left, right) === 0;
  }
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => pythonEquals(item, b[i]))
    );
  }
  const aKeys = pythonDictKeys(a as PythonDict);
  const bKeys = pythonDictKeys(b as PythonDict);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every(
      (key) =>
        pythonDictKeys(b as PythonDict).includes(key) &&
        pythonEquals(pythonGet(a, key), pythonGet(b, key)),
    )
  );
}

/** Python's `a < b`; unorderable pairs raise the TypeError Python raises. */
export function pythonLessThan(a: unknown, b: unknown): boolean {
  const left = numericValue(a);
  const right = numericValue(b);
  if (left !== undefined && right !== undefined) return compareNumbers(left, right) < 0;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b) < 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
      if (!pythonEquals(a[i], b[i])) return pythonLessThan(a[i], b[i]);
    }
    return a.length < b.length;
  }
  throw new PythonError(
    'TypeError',
    `'<' not supported between instances of '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`,
  );
}

/** Python's `item in container`. */
export function pythonContains(container: unknown, item: unknown): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw new PythonError(
        'TypeError',
        `'in <string>' requires string as left operand, not ${pythonTypeName(item)}`,
      );
    }
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((element) => pythonEquals(element, item));
  if (isPythonDict(container)) {
    requireHashable(item);
    return pythonDictKeys(container).some((key) => pythonEquals(key, item));
  }
  throw new PythonError(
    'TypeError',
    `argument of type '${pythonTypeName(container)}' is not iterable`,
  );
}

/** Raises Python's TypeError for values that cannot be dict keys (lists and dicts). */
export function requireHashable(value: unknown): void {
  if (Array.isArray(value) || isPythonDict(value)) {
    throw new PythonError('TypeError', `unhashable type: '${pythonTypeName(value)}'`);
  }
}

/** Python's `list(value)`: the items a `for` loop over `value` visits. */
export function pythonIterate(value: unknown): unknown[] {
  if (typeof value === 'string') return Array.from(value);
  if (Array.isArray(value)) return value;
  if (isPythonDict(value)) return pythonDictKeys(value);
  throw new PythonError('TypeError', `'${pythonTypeName(value)}' object is not iterable`);
}

type NumericValue = number | bigint;

function numericValue(value: unknown): NumericValue | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (value instanceof PythonFloat) return value.value;
  return undefined;
}

function compareNumbers(a: NumericValue, b: NumericValue): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  // NaN is neither smaller, larger nor equal, as in Python.
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}
