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
export { readThreadList } from './reader/streams/thread-list.js';
export { readModuleList } from './reader/streams/module-list.js';
export { readUnloadedModuleList } from './reader/streams/unloaded-module-list.js';
export { readMemoryList, readMemory64List } from './reader/streams/memory-list.js';
export { readException } from './reader/streams/exception.js';
export { readSystemInfo } from './reader/streams/system-info.js';
export { readMiscInfo } from './reader/streams/misc-info.js';
export { readThreadNames } from './reader/streams/thread-names.js';
export { readBreakpadInfo } from './reader/streams/breakpad-info.js';
export { readAssertionInfo } from './reader/streams/assertion-info.js';
export { readCrashpadInfo } from './reader/streams/crashpad-info.js';
export type { CrashpadInfo, CrashpadModuleInfo } from './reader/streams/crashpad-info.js';
export { readThreadInfoList } from './reader/streams/thread-info-list.js';
export { readMemoryInfoList } from './reader/streams/memory-info-list.js';
export { readHandleData } from './reader/streams/handle-data.js';
export { readLinuxMaps } from './reader/streams/linux-maps.js';
export { readMacCrashInfo } from './reader/streams/mac-crash-info.js';
export { readContext } from './reader/context/read-context.js';
export type { CpuContext, ContextCpu } from './reader/context/cpu-context.js';
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
export { MinidumpWriter } from './writer/minidump-writer.js';
export { StackBuilder } from './writer/stack-builder.js';
export { x86Context, amd64Context, armContext, arm64Context } from './writer/contexts.js';
export * from './symbols/index.js';
