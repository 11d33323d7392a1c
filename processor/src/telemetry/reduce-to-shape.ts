/**
 * Reduces a JSON value to a declared shape, as the reference's JsonSchemaReducer does for the
 * Telemetry export: keys the shape does not know are left out, lists keep every element, and
 * scalars marked `convertToText` are written as text first. Where the reference raises on a
 * value of the wrong type (and the whole crash is then missing from the export), Cairn leaves
 * out just that value and reports its path, so one odd field does not lose the crash.
 */
import { fitsShapeType, jsonTypeOf, type DataShape } from '../values/data-shape.js';
import { isJsonObject } from '../values/json-object.js';

/** The reduced value, and the paths of the values left out because their type did not fit. */
export interface ReducedValue {
  readonly value: unknown;
  readonly droppedPaths: readonly string[];
}

/** A value no shape-conforming value could replace. */
const DROPPED = Symbol('dropped');

/** Reduces `value` to `shape`. */
export function reduceToShape(value: unknown, shape: DataShape): ReducedValue {
  const droppedPaths: string[] = [];
  const reduced = reduce(value, shape, '', droppedPaths);
  return { value: reduced === DROPPED ? undefined : reduced, droppedPaths };
}

function reduce(value: unknown, shape: DataShape, path: string, dropped: string[]): unknown {
  const converted = shape.convertToText ? toText(value) : value;
  const type = jsonTypeOf(converted);
  if (!fitsShapeType(type, shape)) {
    dropped.push(path || '.');
    return DROPPED;
  }
  if (Array.isArray(converted)) {
    const items = shape.items ?? { type: 'string' };
    return converted
      .map((item, index) => reduce(item, items, `${path}.[${index}]`, dropped))
      .filter((item) => item !== DROPPED);
  }
  if (isJsonObject(converted)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(converted)) {
      const childShape = shape.properties?.[key];
      if (!childShape) continue;
      const reduced = reduce(child, childShape, `${path}.${key}`, dropped);
      if (reduced !== DROPPED) result[key] = reduced;
    }
    return result;
  }
  return converted;
}

/** The reference's `convert_to(value, "string")`: null stays null, booleans become "1"/"0". */
function toText(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (value === true) return '1';
  if (value === false) return '0';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return value;
}
