/**
 * Rust 1.34 wrote its panic functions into symbol files without their module path ("panic"
 * instead of "core::panicking::panic"), which hid them from the sentinel list. This restores
 * the path from the (source file, function) pair. Bug 1544246, research/socorro-processor.md §3.3.
 */
import { pythonGet, requireHashable } from '../python/python-values.js';
import { parseSourceFile } from './source-file.js';

/** [source file, bare function name, full name]. */
const BARE_RUST_PANIC_FUNCTIONS: readonly (readonly [string, string, string])[] = [
  ['src/liballoc/raw_vec.rs', 'capacity_overflow', 'alloc::raw_vec::capacity_overflow'],
  ['src/libcore/option.rs', 'expect_failed', 'core::option::expect_failed'],
  ['src/libcore/panicking.rs', 'panic_bounds_check', 'core::panicking::panic_bounds_check'],
  ['src/libcore/panicking.rs', 'panic_fmt', 'core::panicking::panic_fmt'],
  ['src/libcore/panicking.rs', 'panic', 'core::panicking::panic'],
  ['src/libcore/slice/mod.rs', 'slice_index_order_fail', 'core::slice::slice_index_order_fail'],
  ['src/libstd/panicking.rs', 'begin_panic_fmt', 'std::panicking::begin_panic_fmt'],
  ['src/libstd/panicking.rs', 'continue_panic_fmt', 'std::panicking::continue_panic_fmt'],
  ['src/libstd/panicking.rs', 'rust_panic_with_hook', 'std::panicking::rust_panic_with_hook'],
];

/** The frame with its function given its full path when it is one of Rust 1.34's bare names. */
export function fixMissingModule<T extends object>(frame: T): T {
  if (!('file' in frame) || !('function' in frame)) return frame;
  const path = parseSourceFile(pythonGet(frame, 'file', ''));
  const functionName = pythonGet(frame, 'function');
  requireHashable(functionName);
  const known = BARE_RUST_PANIC_FUNCTIONS.find(
    ([file, bareName]) => file === path && bareName === functionName,
  );
  return known === undefined ? frame : { ...frame, function: known[2] };
}
