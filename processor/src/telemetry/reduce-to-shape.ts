/**
 * Reduces a JSON value to a declared shape, as the reference's JsonSchemaReducer does for the
 * Telemetry export: keys the shape does not know are left out, lists keep every element, and
 * scalars marked `convertToText` are written as text first. Where the reference raises on a
 * value of the wrong type (and the whole crash is then missing from the export), Cairn leaves
 * out just that value and reports its path, so one odd field does not lose the crash.
 */
import type { DataShape, JsonTypeName } from '../values/data-shape.js';
import { isJsonObject } from '../values/json-object.js';

/** The reduced value, and the paths of the values left out because their type did not fit. */
export interface ReducedValue {
  readonly value: unknown;
  readonly droppedPaths: readonly string[];
}

/** A value no shape-conforming value could replace. */
const DROPPED = Symbol('dropped');

/**
 * A shape prepared for reducing: its allowed JSON types as bits and its known keys in an object
 * without a prototype. An export checks every value of the crash's stack-walker output (often
 * thousands), so checking a type must not build an array of type names each time.
 */
interface PreparedShape {
  readonly typeBits: number;
  readonly convertToText: boolean;
  readonly properties: { readonly [key: string]: PreparedShape | undefined };
  /** Absent only on the default element shape: a string, so no list value reaches its items. */
  readonly items: PreparedShape | undefined;
}

const TYPE_BITS: Readonly<Record<JsonTypeName, number>> = {
  string: 1,
  integer: 2,
  number: 4,
  boolean: 8,
  object: 16,
  array: 32,
};
const NULL_BIT = 64;

/** List elements without a declared shape are strings, as in the reference's reducer. */
const DEFAULT_ITEMS: DataShape = { type: 'string' };

const prepared = new WeakMap<DataShape, PreparedShape>();

function prepareShape(shape: DataShape): PreparedShape {
  const known = prepared.get(shape);
  if (known) return known;
  const types: readonly JsonTypeName[] = typeof shape.type === 'string' ? [shape.type] : shape.type;
  let typeBits = 0;
  for (const type of types) typeBits |= TYPE_BITS[type];
  // An integer fits `number` too.
  if (typeBits & TYPE_BITS.number) typeBits |= TYPE_BITS.integer;
  if (shape.nullable) typeBits |= NULL_BIT;
  const properties: Record<string, PreparedShape> = Object.create(null);
  for (const [key, child] of Object.entries(shape.properties ?? {})) {
    properties[key] = prepareShape(child);
  }
  const result: PreparedShape = {
    typeBits,
    convertToText: shape.convertToText === true,
    properties,
    items: shape === DEFAULT_ITEMS ? undefined : prepareShape(shape.items ?? DEFAULT_ITEMS),
  };
  prepared.set(shape, result);
  return result;
}

/** The JSON type of a value as one of TYPE_BITS or NULL_BIT; 0 for anything else. */
function typeBitOf(value: unknown): number {
  if (value === null) return NULL_BIT;
  switch (typeof value) {
    case 'string':
      return TYPE_BITS.string;
    case 'boolean':
      return TYPE_BITS.boolean;
    case 'number':
      return Number.isInteger(value) ? TYPE_BITS.integer : TYPE_BITS.number;
  }
  if (Array.isArray(value)) return TYPE_BITS.array;
  return isJsonObject(value) ? TYPE_BITS.object : 0;
}

/** Reduces `value` to `shape`. */
export function reduceToShape(value: unknown, shape: DataShape): ReducedValue {
  const droppedPaths: string[] = [];
  // The path is kept as a stack of keys and list indexes and only written out for a dropped
  // value: most exports drop nothing, and building a string per value would cost more than
  // the reduction.
  const steps: (string | number)[] = [];
  const reduce = (current: unknown, currentShape: PreparedShape): unknown => {
    const converted = currentShape.convertToText ? toText(current) : current;
    const typeBit = typeBitOf(converted);
    if ((typeBit & currentShape.typeBits) === 0) {
      droppedPaths.push(formatPath(steps));
      return DROPPED;
    }
    if (typeBit === TYPE_BITS.array) {
      const list = converted as readonly unknown[];
      const result: unknown[] = [];
      for (let index = 0; index < list.length; index++) {
        steps.push(index);
        const reduced = reduce(list[index], currentShape.items!);
        steps.pop();
        if (reduced !== DROPPED) result.push(reduced);
      }
      return result;
    }
    if (typeBit === TYPE_BITS.object) {
      const object = converted as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      const properties = currentShape.properties;
      for (const key in object) {
        const childShape = properties[key];
        if (!childShape) continue;
        steps.push(key);
        const reduced = reduce(object[key], childShape);
        steps.pop();
        if (reduced !== DROPPED) result[key] = reduced;
      }
      return result;
    }
    return converted;
  };
  const reduced = reduce(value, prepareShape(shape));
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
