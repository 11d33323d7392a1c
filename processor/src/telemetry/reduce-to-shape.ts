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
  // The path is kept as a stack of keys and list indexes and only written out for a dropped
  // value: most exports drop nothing, and building a string per value would cost more than
  // the reduction.
  const steps: (string | number)[] = [];
  const reduce = (current: unknown, currentShape: DataShape): unknown => {
    const converted = currentShape.convertToText ? toText(current) : current;
    if (!fitsShapeType(jsonTypeOf(converted), currentShape)) {
      droppedPaths.push(formatPath(steps));
      return DROPPED;
    }
    if (Array.isArray(converted)) {
      const items = currentShape.items ?? { type: 'string' };
      const result: unknown[] = [];
      for (let index = 0; index < converted.length; index++) {
        steps.push(index);
        const reduced = reduce(converted[index], items);
        steps.pop();
        if (reduced !== DROPPED) result.push(reduced);
      }
      return result;
    }
    if (isJsonObject(converted)) {
      const result: Record<string, unknown> = {};
      const properties = currentShape.properties ?? {};
      for (const key in converted) {
        const childShape = Object.hasOwn(properties, key) ? properties[key] : undefined;
        if (!childShape) continue;
        steps.push(key);
        const reduced = reduce(converted[key], childShape);
        steps.pop();
        if (reduced !== DROPPED) result[key] = reduced;
      }
      return result;
    }
    return converted;
  };
  const reduced = reduce(value, shape);
  return { value: reduced === DROPPED ? undefined : reduced, droppedPaths };
}

/** A path as the reference's reducer writes it: `.key` per key, `.[n]` per list index. */
function formatPath(steps: readonly (string | number)[]): string {
  if (steps.length === 0) return '.';
  return steps.map((step) => (typeof step === 'number' ? `.[${step}]` : `.${step}`)).join('');
}

/** The reference's `convert_to(value, "string")`: null stays null, booleans become "1"/"0". */
function toText(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (value === true) return '1';
  if (value === false) return '0';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return value;
}
