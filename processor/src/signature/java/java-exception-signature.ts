/**
 * The signature of a Java crash from the structured JavaException annotation (Fenix and other
 * Android apps): `<module>.<type>: at <first frame>`. research/socorro-processor.md §3.5.
 */
import {
  isPythonDict,
  isPythonTruthy,
  pythonGet,
  pythonStr,
  type PythonDict,
} from '../python/python-values.js';
import type { ToolSignature } from './java-stack-trace-signature.js';

const NOT_EXPECTED_SHAPE: ToolSignature = {
  signature: 'EMPTY: Java exception not in expected format',
  notes: ['JavaExceptionSignatureTool: value not in expected format'],
};

/** The signature of `javaException` (`{exception: {values: [{stacktrace: {…}}]}}`). */
export function generateJavaExceptionSignature(javaException: unknown): ToolSignature {
  const stacktrace = firstStacktrace(javaException);
  if (stacktrace === undefined) return NOT_EXPECTED_SHAPE;
  const frames = pythonGet(stacktrace, 'frames', []);
  if (!Array.isArray(frames) || !frames.every(isPythonDict)) return NOT_EXPECTED_SHAPE;
  const type = pythonGet(stacktrace, 'type') ?? 'Unknown';
  const module = pythonGet(stacktrace, 'module');
  const exceptionClass = isPythonTruthy(module)
    ? `${pythonStr(module)}.${pythonStr(type)}`
    : pythonStr(type);
  const firstFrame = frames[0] as PythonDict | undefined;
  return {
    signature: firstFrame
      ? `${exceptionClass}: at ${normalizeJavaExceptionFrame(firstFrame)}`
      : exceptionClass,
    notes: [],
  };
}

/** One frame as `module.function(filename)`, leaving out what is missing; `unknown` if bare. */
export function normalizeJavaExceptionFrame(frame: PythonDict): string {
  const name = [pythonGet(frame, 'module'), pythonGet(frame, 'function')]
    .filter(isPythonTruthy)
    .map(pythonStr)
    .join('.');
  if (name === '') return 'unknown';
  const filename = pythonGet(frame, 'filename');
  return isPythonTruthy(filename) ? `${name}(${pythonStr(filename)})` : name;
}

function firstStacktrace(javaException: unknown): PythonDict | undefined {
  if (!isPythonDict(javaException)) return undefined;
  const exception = pythonGet(javaException, 'exception');
  if (!isPythonDict(exception)) return undefined;
  const values = pythonGet(exception, 'values');
  if (!Array.isArray(values) || !isPythonDict(values[0])) return undefined;
  const stacktrace = pythonGet(values[0], 'stacktrace');
  return isPythonDict(stacktrace) ? stacktrace : undefined;
}
