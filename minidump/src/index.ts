/**
 * @cairn/minidump: minidump parser, Breakpad symbols and stack walker, compatible with
 * rust-minidump's `minidump-stackwalk --json`. See minidump/README.md for the API.
 */
export const MINIDUMP_PACKAGE = '@cairn/minidump';

export { readMinidump, findStream } from './reader/minidump.js';
export type { Minidump, MinidumpHeader, DirectoryEntry } from './reader/minidump.js';
export { readMinidumpFile } from './reader/read-minidump-file.js';
export { MinidumpError } from './reader/minidump-error.js';
export type { MinidumpErrorKind } from './reader/minidump-error.js';
export { processMinidump } from './process/process-minidump.js';
export type { ProcessOptions } from './process/process-minidump.js';
export type { ProcessState, ThreadState, ExceptionState } from './process/process-state.js';
export { ProcessError } from './process/process-error.js';
export type { ProcessErrorKind } from './process/process-error.js';
export { toStackwalkJson } from './process/stackwalk-json.js';
export type { JsonValue } from './process/stackwalk-json.js';
export { stackwalkBytes, runStackwalkCommand } from './cli/stackwalk.js';
export type { StackwalkResult, StackwalkCommandOptions } from './cli/stackwalk.js';
export type { StackFrame, FrameTrust } from './unwind/stack-frame.js';
export * from './symbols/index.js';
