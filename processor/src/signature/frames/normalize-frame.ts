/**
 * Turning one stack frame into the text that stands for it in a signature. The first field
 * present wins: function (C++ or Rust rules), then `file#line`, then the module name, then the
 * first unloaded module, then the bare address. research/socorro-processor.md §3.3.
 */
import { PythonError } from '../python/python-error.js';
import { pythonHex, pythonIntBase16 } from '../python/python-int.js';
import { pythonRstrip, pythonStrip } from '../python/python-strings.js';
import {
  isPythonDict,
  isPythonTruthy,
  pythonGet,
  pythonStr,
  pythonTypeName,
  requirePythonStr,
} from '../python/python-values.js';
import type { SignatureListPattern } from '../lists/signature-lists.js';
import { normalizeCppFunction, normalizeRustFunction } from './normalize-function.js';
import { parseSourceFile } from './source-file.js';

/** The fields of a frame that normalization reads (any JSON value may turn up in each). */
export interface SignatureFrame {
  readonly module?: unknown;
  readonly function?: unknown;
  readonly file?: unknown;
  readonly line?: unknown;
  readonly module_offset?: unknown;
  readonly offset?: unknown;
  readonly unloaded_modules?: unknown;
}

/** The normalized text of `frame`; the empty string when it has nothing to show. */
export function normalizeFrame(frame: SignatureFrame, lineNumbers: SignatureListPattern): string {
  const { module, function: functionName, file, line, offset } = frame;
  if (isPythonTruthy(functionName)) {
    if (isPythonTruthy(file) && (parseSourceFile(file) ?? '').endsWith('.rs')) {
      return normalizeRustFunction(functionName, line, lineNumbers);
    }
    return normalizeCppFunction(functionName, line, lineNumbers);
  }
  if (isPythonTruthy(file) && isPythonTruthy(line)) {
    const path = pythonRstrip(requirePythonStr(file, 'rstrip'), '/\\');
    const separator = path.includes('\\') ? '\\' : '/';
    return `${path.split(separator).at(-1)!}#${pythonStr(line)}`;
  }
  if (isPythonTruthy(module)) return pythonStrip(requirePythonStr(module, 'strip'), '[]');
  const unloadedName = firstUnloadedModuleName(frame.unloaded_modules);
  if (isPythonTruthy(unloadedName)) return `(unloaded ${pythonStr(unloadedName)})`;
  if (isPythonTruthy(offset)) return `@${pythonStr(stripLeadingZeros(offset))}`;
  return '';
}

function firstUnloadedModuleName(unloadedModules: unknown): unknown {
  if (!isPythonTruthy(unloadedModules)) return null;
  return pythonGet(firstItem(unloadedModules), 'module');
}

/** Python's `value[0]` for a non-empty value, raising what Python raises for the others. */
function firstItem(value: unknown): unknown {
  if (Array.isArray(value)) return value[0];
  if (typeof value === 'string') return Array.from(value)[0];
  // JSON object keys are strings, so the int key 0 is never there.
  if (isPythonDict(value)) throw new PythonError('KeyError', '0');
  throw new PythonError('TypeError', `'${pythonTypeName(value)}' object is not subscriptable`);
}

/**
 * An address without its leading zeros (`0x0000000000032ec0` → `0x32ec0`, `40` → `0x40`):
 * the value read as hexadecimal and written back. Anything that is not hexadecimal text is
 * returned unchanged.
 */
export function stripLeadingZeros(text: unknown): unknown {
  if (typeof text !== 'string') return text; // Python raises TypeError, caught below
  try {
    return pythonHex(pythonIntBase16(text));
  } catch (error) {
    if (error instanceof PythonError && error.isOneOf('TypeError', 'ValueError')) return text;
    throw error;
  }
}
