/**
 * Reading the loosely typed JSON of raw and processed crashes: is it an object, what is at a
 * dotted path (glom's lookup with a default, as the reference's rules use it).
 */

/** A JSON object the rules may read and change. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at `path` (`a.b.2.c`: object keys, and list indexes for lists), or `fallback` when
 * some step is missing. A present `null` is returned as it is, as glom does.
 */
export function readPath(value: unknown, path: string, fallback: unknown = undefined): unknown {
  let current = value;
  for (const step of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(step)) {
      const index = Number(step);
      if (index >= current.length) return fallback;
      current = current[index];
    } else if (isJsonObject(current) && Object.hasOwn(current, step)) {
      current = current[step];
    } else {
      return fallback;
    }
  }
  return current;
}

/** The list at `path`, or an empty list when the value there is missing or not a list. */
export function readList(value: unknown, path: string): unknown[] {
  const found = readPath(value, path);
  return Array.isArray(found) ? found : [];
}
