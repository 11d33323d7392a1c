/**
 * Reads a field's raw value out of a processed crash by its catalog source paths
 * (`json_dump.system_info.cpu_count`, `json_dump.crashing_thread.frames[].function`).
 */

/**
 * Scalar fields: the value of the first path that holds a non-null one; null when a path
 * holds only an explicit null; undefined when no path holds anything.
 * List fields: every non-null value of every path, lists flattened and repeats dropped;
 * undefined when there is none.
 */
export function readSourceValues(
  document: unknown,
  paths: readonly string[],
  isList: boolean,
): unknown {
  if (isList) {
    const values = new Set<unknown>();
    for (const path of paths) {
      for (const value of readPath(document, path)) {
        for (const item of Array.isArray(value) ? value : [value]) {
          if (item !== null && item !== undefined) values.add(item);
        }
      }
    }
    return values.size === 0 ? undefined : [...values];
  }
  let sawNull = false;
  for (const path of paths) {
    for (const value of readPath(document, path)) {
      if (value === null) sawNull = true;
      else if (value !== undefined) return value;
    }
  }
  return sawNull ? null : undefined;
}

interface PathStep {
  readonly key: string;
  readonly eachElement: boolean;
}

/** Paths are few and read for every crash: split each once. */
const parsedPaths = new Map<string, readonly PathStep[]>();

function stepsOf(path: string): readonly PathStep[] {
  let steps = parsedPaths.get(path);
  if (steps === undefined) {
    steps = path.split('.').map((segment) => ({
      key: segment.endsWith('[]') ? segment.slice(0, -2) : segment,
      eachElement: segment.endsWith('[]'),
    }));
    parsedPaths.set(path, steps);
  }
  return steps;
}

/** Every value at `path`; a `[]` after a key goes through each element of the list there. */
function readPath(document: unknown, path: string): unknown[] {
  let current: unknown[] = [document];
  for (const { key, eachElement } of stepsOf(path)) {
    if (current.length === 0) return current;
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      if (!Object.hasOwn(value, key)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (!eachElement) next.push(child);
      else if (Array.isArray(child)) next.push(...child);
    }
    current = next;
  }
  return current;
}
