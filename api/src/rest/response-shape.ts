/**
 * Declared response shapes and the function that builds a response from one. Objects keep
 * only declared keys; scalars must have their declared type (anything else becomes null), so
 * a handler that is handed more than it should publish cannot leak it.
 */

/** The shape of a JSON value. */
export type ResponseShape =
  | 'string'
  | 'number'
  | 'boolean'
  /** Any scalar (string, number, boolean or null). */
  | 'scalar'
  /** A value the service has already reduced to what the caller may read (crash documents). */
  | 'document'
  | { readonly nullable: ResponseShape }
  | { readonly list: ResponseShape }
  | { readonly object: Readonly<Record<string, ResponseShape>> }
  /** An object with any keys, each value of this shape. */
  | { readonly record: ResponseShape };

/** `value` rebuilt after `shape`. */
export function shapeResponse(shape: ResponseShape, value: unknown): unknown {
  if (shape === 'document') return value;
  if (typeof shape === 'string') return shapeScalar(shape, value);
  if ('nullable' in shape)
    return value === null || value === undefined ? null : shapeResponse(shape.nullable, value);
  if ('list' in shape)
    return Array.isArray(value) ? value.map((item) => shapeResponse(shape.list, item)) : [];
  const source =
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if ('object' in shape) {
    return Object.fromEntries(
      Object.entries(shape.object).map(([key, child]) => [key, shapeResponse(child, source[key])]),
    );
  }
  return Object.fromEntries(
    Object.entries(source).map(([key, child]) => [key, shapeResponse(shape.record, child)]),
  );
}

function shapeScalar(shape: 'string' | 'number' | 'boolean' | 'scalar', value: unknown): unknown {
  if (shape === 'scalar') {
    return ['string', 'number', 'boolean'].includes(typeof value) ? value : null;
  }
  return typeof value === shape ? value : null;
}
