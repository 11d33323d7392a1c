/**
 * Declared shapes of nested JSON values (the JavaException annotation, breadcrumbs, the
 * Telemetry export): which keys an object knows and what type each holds. Keys a shape does not
 * know are allowed when checking, and left out when reducing (telemetry/reduce-to-shape.ts).
 */
import { isJsonObject } from './json-object.js';

/** A JSON type name, as in JSON Schema. */
export type JsonTypeName = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** The shape of one value. */
export interface DataShape {
  /** The types the value may have; null is allowed only when `nullable`. */
  readonly type: JsonTypeName | readonly JsonTypeName[];
  readonly nullable?: boolean;
  /** Known keys of an object. */
  readonly properties?: { readonly [key: string]: DataShape };
  /** The shape of every element of an array. */
  readonly items?: DataShape;
  /**
   * Write a scalar as text before checking it (the Telemetry export's `socorroConvertTo`):
   * booleans become `"1"`/`"0"`, numbers their decimal text.
   */
  readonly convertToText?: boolean;
}

/** The JSON type of a value (integers are numbers without a fraction), or 'null'. */
export function jsonTypeOf(value: unknown): JsonTypeName | 'null' | 'unknown' {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (Array.isArray(value)) return 'array';
  if (isJsonObject(value)) return 'object';
  return 'unknown';
}

/** Whether a value of `actual` type fits `shape` (an integer fits `number` too). */
export function fitsShapeType(actual: ReturnType<typeof jsonTypeOf>, shape: DataShape): boolean {
  if (actual === 'null') return shape.nullable === true;
  const types: readonly JsonTypeName[] = Array.isArray(shape.type)
    ? shape.type
    : [shape.type as JsonTypeName];
  return (
    types.includes(actual as JsonTypeName) || (actual === 'integer' && types.includes('number'))
  );
}

/**
 * The first place where `value` does not fit `shape`, as `<path>: type <actual> not in
 * <types>`, or undefined when it fits.
 */
export function findShapeMismatch(value: unknown, shape: DataShape, path = ''): string | undefined {
  const actual = jsonTypeOf(value);
  if (!fitsShapeType(actual, shape)) {
    const types = Array.isArray(shape.type) ? shape.type : [shape.type];
    return `${path || '.'}: type ${actual} not in ${[...types, ...(shape.nullable ? ['null'] : [])].join(', ')}`;
  }
  if (Array.isArray(value) && shape.items) {
    for (const [index, item] of value.entries()) {
      const problem = findShapeMismatch(item, shape.items, `${path}.[${index}]`);
      if (problem) return problem;
    }
  }
  if (isJsonObject(value) && shape.properties) {
    for (const [key, child] of Object.entries(value)) {
      // Own keys only: a value's `constructor` key must not find Object's.
      if (!Object.hasOwn(shape.properties, key)) continue;
      const childShape = shape.properties[key]!;
      const problem = findShapeMismatch(child, childShape, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}
