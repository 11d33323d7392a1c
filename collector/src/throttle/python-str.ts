/**
 * Python's `str()` of an annotation value. The reference's throttle conditions compare
 * `str(value)`, so a JSON `null` reads as `"None"`, `0` as `"0"`, `true` as `"True"`, and a
 * nested object as its Python repr (research/antenna-collector.md §4.1). Rules written for the
 * reference then match the same crashes here.
 */
import { formatPythonFloat, PythonFloat, PythonInt, type PythonJsonValue } from '@cairn/core';

/** `str(value)` as Python prints it. */
export function toPythonStr(value: PythonJsonValue): string {
  return typeof value === 'string' ? value : toPythonRepr(value);
}

/** `repr(value)` as Python prints it. */
export function toPythonRepr(value: PythonJsonValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return reprString(value);
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : reprFloat(value);
  }
  if (value instanceof PythonFloat) return reprFloat(value.value);
  if (value instanceof PythonInt) return value.value.toString();
  if (Array.isArray(value)) return `[${value.map((item) => toPythonRepr(item)).join(', ')}]`;
  const object = value as { readonly [key: string]: PythonJsonValue | undefined };
  const entries = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .map((key) => `${reprString(key)}: ${toPythonRepr(object[key]!)}`);
  return `{${entries.join(', ')}}`;
}

function reprFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  return formatPythonFloat(value);
}

/** Characters Python's `str.isprintable()` refuses: controls, format, separators, unassigned… */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (character === quote || character === '\\') out += `\\${character}`;
    else if (character === '\t') out += '\\t';
    else if (character === '\n') out += '\\n';
    else if (character === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f || !NOT_PRINTABLE.test(character)) out += character;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
