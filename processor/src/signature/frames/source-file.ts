/**
 * Reading the path out of a frame's `file`, which the stack walker writes as
 * `vcs:root:path:revision` for files in version control, `c:\path` on Windows, or an absolute
 * Unix path. Used to tell Rust frames (a `.rs` path) from C++ ones. research §3.3.
 */
import { isPythonTruthy, requirePythonStr } from '../python/python-values.js';

/** The path in a frame's `file` value, or null when the value has none of the known shapes. */
export function parseSourceFile(file: unknown): string | null {
  if (!isPythonTruthy(file)) return null;
  const parts = requirePythonStr(file, 'split').split(':');
  if (parts.length === 4) return parts[2]!;
  if (parts.length === 2) return parts[1]!;
  if ((file as string).startsWith('/')) return file as string;
  return null;
}
