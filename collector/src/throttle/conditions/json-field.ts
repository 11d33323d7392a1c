/**
 * `json: { path: [a, b, c], equals: TEXT }` or `json: { path: …, integerAtMost: N }`: the
 * annotation holds JSON text (as TelemetryEnvironment does) and the value at `path` matches.
 * Every step of the path must be a non-empty JSON object, and the value must be truthy in
 * Python's sense, as in the reference's unsupported-Windows test: `0`, `""` and null never
 * match. Annotation text that is not JSON never matches.
 */
import { parsePythonJson, PythonFloat, PythonInt, type PythonJsonValue } from '@cairn/core';
import type { ConditionBuilder, ConditionKind } from '../condition.js';

type Test = (value: PythonJsonValue) => boolean;

/** The value's integer, when Python would call it an int (booleans included, as in Python). */
function asInteger(value: PythonJsonValue): bigint | undefined {
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (value instanceof PythonInt) return value.value;
  return undefined;
}

function isTruthy(value: PythonJsonValue | undefined): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') {
    return false;
  }
  if (value instanceof PythonFloat) return value.value !== 0;
  if (value instanceof PythonInt) return value.value !== 0n;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'object' || Object.keys(value).length > 0;
}

function isObject(value: PythonJsonValue | undefined): value is Record<string, PythonJsonValue> {
  return (
    value !== undefined &&
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function buildTest(builder: ConditionBuilder, operand: Record<string, unknown>): Test {
  const tests = Object.keys(operand).filter((key) => key !== 'path');
  if (tests.length !== 1) {
    builder.fail('`json` takes a `path` and one of `equals`, `integerAtMost`, `integerAtLeast`');
  }
  const [test] = tests as [string];
  const expected = operand[test];
  if (test === 'equals') {
    if (typeof expected !== 'string') builder.fail('`json.equals` takes a string');
    return (value) => value === expected;
  }
  if (test === 'integerAtMost' || test === 'integerAtLeast') {
    if (typeof expected !== 'number' || !Number.isInteger(expected)) {
      builder.fail(`\`json.${test}\` takes a whole number`);
    }
    const bound = BigInt(expected);
    return (value) => {
      const integer = asInteger(value);
      if (integer === undefined) return false;
      return test === 'integerAtMost' ? integer <= bound : integer >= bound;
    };
  }
  builder.fail(`\`json\` does not know \`${test}\`; use equals, integerAtMost or integerAtLeast`);
}

/** Matches a value inside JSON text held by an annotation. */
export const jsonFieldCondition: ConditionKind = {
  name: 'json',
  description:
    'The annotation is JSON text and the value at `path` is truthy and passes `equals`, `integerAtMost` or `integerAtLeast`.',
  readsAnnotation: true,
  build(builder) {
    const operand = builder.operand as Record<string, unknown> | null;
    if (operand === null || typeof operand !== 'object' || Array.isArray(operand)) {
      return builder.fail('`json` takes an object with `path` and a test');
    }
    const path = operand.path;
    if (
      !Array.isArray(path) ||
      path.length === 0 ||
      !path.every((step) => typeof step === 'string')
    ) {
      builder.fail('`json.path` must be a non-empty list of object keys');
    }
    const test = buildTest(builder, operand);
    return (context) => {
      let value: PythonJsonValue | undefined;
      try {
        value = parsePythonJson(builder.readValue(context));
      } catch {
        return false;
      }
      for (const step of path as string[]) {
        if (!isObject(value) || !isTruthy(value)) return false;
        value = Object.hasOwn(value, step) ? value[step] : undefined;
      }
      return value !== undefined && isTruthy(value) && test(value);
    };
  },
};
