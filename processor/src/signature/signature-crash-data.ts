/**
 * The input of signature generation ("crash data"): the few fields of a processed crash the
 * rules read, in the reference's shape, so `cairn signature` can take the same JSON as
 * Socorro's tools. research/socorro-processor.md §3.1.
 */
import type { ProcessedCrash } from '@cairn/core';
import { PythonError } from './python/python-error.js';
import { pythonInt } from './python/python-int.js';
import { isPythonDict, pythonGet } from './python/python-values.js';

/**
 * Crash data. Every field may hold any JSON value (the rules cope with wrong types as the
 * reference does); the comments give the expected type.
 */
export interface SignatureCrashData {
  /** Index of the crashing thread (int; missing, null or not a number means 0). */
  readonly crashing_thread?: unknown;
  /** json_dump threads: `[{frames: [{function, module, file, line, offset, inlines…}]}]`. */
  readonly threads?: unknown;
  /** Crash reason, e.g. `EXCEPTION_STACK_OVERFLOW`. */
  readonly reason?: unknown;
  /** Operating system name, e.g. `Windows NT` (whose module names are lower-cased). */
  readonly os?: unknown;
  /** Java stack trace text (the sanitized one the processor keeps). */
  readonly java_stack_trace?: unknown;
  /** Parsed JavaException annotation. */
  readonly java_exception?: unknown;
  /** Hang annotation; any non-null value prefixes `hang: <value> | `. */
  readonly hang?: unknown;
  /** Requested allocation size of an out-of-memory crash (int or null). */
  readonly oom_allocation_size?: unknown;
  /** `Reporting` marks a large-allocation OOM. */
  readonly js_large_allocation_failure?: unknown;
  readonly abort_message?: unknown;
  /** Stack walker status, appended to `EMPTY` signatures. */
  readonly mdsw_status_string?: unknown;
  /** AsyncShutdownTimeout annotation (JSON text). */
  readonly async_shutdown_timeout?: unknown;
  readonly ipc_channel_error?: unknown;
  readonly ipc_message_name?: unknown;
  /** Names of the extra minidumps (`upload_file_minidump_browser`…). */
  readonly additional_minidumps?: unknown;
  /** The signature the crash had before (unused by the rules; kept for tools). */
  readonly original_signature?: unknown;
  readonly [key: string]: unknown;
}

/**
 * Builds crash data from a processed crash as the reference's processor does: json_dump
 * fields only when json_dump exists, Java fields only when present.
 */
export function buildSignatureCrashData(processedCrash: ProcessedCrash): SignatureCrashData {
  const field = (name: string) => processedCrash[name] ?? null;
  const jsonDump = processedCrash.json_dump;
  const crashInfo = nested(jsonDump, 'crash_info');
  const systemInfo = nested(jsonDump, 'system_info');
  return {
    hang: field('hang'),
    oom_allocation_size: intOrNull(processedCrash.oom_allocation_size),
    js_large_allocation_failure: field('js_large_allocation_failure'),
    abort_message: field('abort_message'),
    mdsw_status_string: field('mdsw_status_string'),
    async_shutdown_timeout: field('async_shutdown_timeout'),
    ipc_channel_error: field('ipc_channel_error'),
    ipc_message_name: field('ipc_message_name'),
    additional_minidumps: processedCrash.additional_minidumps ?? [],
    original_signature: processedCrash.signature ?? '',
    ...('json_dump' in processedCrash && {
      crashing_thread: nested(crashInfo, 'crashing_thread'),
      reason: nested(crashInfo, 'type'),
      threads: nested(jsonDump, 'threads'),
      os: nested(systemInfo, 'os'),
    }),
    ...('java_exception' in processedCrash && { java_exception: processedCrash.java_exception }),
    ...('java_stack_trace' in processedCrash && {
      java_stack_trace: processedCrash.java_stack_trace,
    }),
  };
}

/** `value[key]` when value is an object holding key, else null (glom with a default). */
function nested(value: unknown, key: string): unknown {
  return isPythonDict(value) ? pythonGet(value, key) : null;
}

function intOrNull(value: unknown): number | bigint | null {
  if (value === null || value === undefined) return null; // the common case, without a throw
  try {
    const integer = pythonInt(value ?? null);
    return Number.isSafeInteger(Number(integer)) ? Number(integer) : integer;
  } catch (error) {
    if (error instanceof PythonError && error.isOneOf('TypeError', 'ValueError')) return null;
    throw error;
  }
}
