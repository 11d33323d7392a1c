/** CopyFromRawCrashRule: copies the annotations the processed crash keeps. */
import type { ProcessorNotes } from '../pipeline/processor-notes.js';
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { PythonError } from '../signature/python/python-error.js';
import { pythonInt } from '../signature/python/python-int.js';
import { pythonRstrip } from '../signature/python/python-strings.js';
import { pythonStr } from '../signature/python/python-values.js';
import { findShapeMismatch, type DataShape } from '../values/data-shape.js';
import { ANNOTATION_COPIES, type AnnotationCopy } from './annotation-copies.js';
import { JAVA_EXCEPTION_SHAPE, TELEMETRY_ENVIRONMENT_SHAPE } from './annotation-shapes.js';

const OBJECT_SHAPES: Readonly<Record<string, DataShape>> = {
  java_exception: JAVA_EXCEPTION_SHAPE,
  telemetry_environment: TELEMETRY_ENVIRONMENT_SHAPE,
};

/**
 * Reads the 90 annotations of annotation-copies.ts; writes each to its snake_case key, coerced
 * to its type: booleans from `1`/`true`/`0`/`false` (any case), integers and numbers as
 * Python's `int()`/`float()` read them, text with trailing whitespace removed, objects parsed
 * from JSON text and checked against their shape. A value that cannot be coerced is left out
 * with a note naming the annotation (`Version has a non-int value`). `Marionette` and
 * `RemoteAgent` default to false. research/socorro-processor.md §1.3.
 *
 * Unlike the reference, a value of the wrong JSON type (a number where text is expected) is
 * noted and skipped instead of aborting the remaining copies.
 */
export const copyFromRawCrashRule: ProcessorRule = {
  name: 'CopyFromRawCrashRule',
  description:
    'Copies 90 annotations to their processed-crash keys, coerced to boolean, integer, number, text (trailing whitespace removed) or a checked JSON object; values that do not fit are noted and left out.',
  writes: ANNOTATION_COPIES.map((copy) => copy.key),
  action({ rawCrash, processedCrash, notes }) {
    for (const copy of ANNOTATION_COPIES) {
      if (!Object.hasOwn(rawCrash, copy.annotation)) {
        if (copy.defaultValue !== undefined) processedCrash[copy.key] = copy.defaultValue;
        continue;
      }
      const value = coerceAnnotation(copy, rawCrash[copy.annotation], notes);
      if (value !== undefined) processedCrash[copy.key] = value;
    }
  },
};

function coerceAnnotation(copy: AnnotationCopy, value: unknown, notes: ProcessorNotes): unknown {
  const { annotation } = copy;
  switch (copy.type) {
    case 'boolean': {
      const text = pythonStr(value).toLowerCase();
      if (text === '1' || text === 'true') return true;
      if (text === '0' || text === 'false') return false;
      notes.add(`${annotation} has non-boolean value ${text}`);
      return undefined;
    }
    case 'integer': {
      const integer = readInteger(value);
      if (integer === undefined) notes.add(`${annotation} has a non-int value`);
      return integer;
    }
    case 'number': {
      const number = readFloat(value);
      if (number === undefined) notes.add(`${annotation} has a non-float value`);
      return number;
    }
    case 'string':
      if (typeof value === 'string') return pythonRstrip(value);
      notes.add(`${annotation} has a non-string value`);
      return undefined;
    case 'object':
      return readObject(copy, value, notes);
  }
}

/** Python's `int(value)`, as a safe JavaScript integer; undefined when it fails or is too big. */
function readInteger(value: unknown): number | undefined {
  try {
    const integer = pythonInt(value);
    return integer >= BigInt(Number.MIN_SAFE_INTEGER) && integer <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(integer)
      : undefined;
  } catch (error) {
    if (error instanceof PythonError) return undefined;
    throw error;
  }
}

const FLOAT_TEXT =
  /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/** Python's `float(value)` for finite values; undefined otherwise. */
function readFloat(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!FLOAT_TEXT.test(text)) return undefined;
  const number = Number(text.replaceAll('_', ''));
  return Number.isFinite(number) ? number : undefined;
}

function readObject(copy: AnnotationCopy, value: unknown, notes: ProcessorNotes): unknown {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      notes.add(`${copy.annotation} value is malformed json`);
      return undefined;
    }
  }
  const shape = OBJECT_SHAPES[copy.key] ?? { type: 'object' };
  if (findShapeMismatch(parsed, shape) !== undefined) {
    notes.add(`${copy.annotation} value is malformed ${copy.key}`);
    return undefined;
  }
  return parsed;
}
