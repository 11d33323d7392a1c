/**
 * `JSON.stringify` of a plain object, reusing texts already made for some of its top-level
 * values. The processor's stack walker sends its document as JSON text, so the processed
 * crash's largest value (`json_dump`, most of its bytes) need not be serialized a second time.
 */
import type { JsonObject } from './json-object.js';

/**
 * The JSON text of `object`, as `JSON.stringify(object)` would write it, taking the text of any
 * top-level value found in `knownTexts` from there (the caller keeps each text equal to
 * `JSON.stringify` of its value).
 */
export function stringifyWithKnownTexts(
  object: JsonObject,
  knownTexts: ReadonlyMap<object, string>,
): string {
  if (knownTexts.size === 0) return JSON.stringify(object);
  const members: string[] = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const text =
      (typeof value === 'object' && value !== null ? knownTexts.get(value) : undefined) ??
      JSON.stringify(value);
    // As JSON.stringify, leave out members whose value has no JSON form (undefined, functions).
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
