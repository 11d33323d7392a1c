/**
 * JSON text as Python's `json.dumps(value, sort_keys=True)` writes it (keys sorted, `", "` and
 * `": "` separators, non-ASCII escaped), so values the reference stores as text match it.
 */
import { formatPythonJson, type PythonJsonValue } from '@cairn/core';

/** `value` as sorted-key JSON text. */
export function formatSortedJson(value: unknown): string {
  return formatPythonJson(value as PythonJsonValue);
}
