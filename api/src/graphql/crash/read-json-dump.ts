/** Reads the stack walker's JSON (minidump-stackwalk's keys) defensively: any key may be missing. */
import type { InlineFrame, LoadedModule, StackFrame, StackThread } from './stack-types.js';

type Json = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const integer = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
const object = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function readInline(value: unknown): InlineFrame {
  const inline = object(value);
  return { function: text(inline.function), file: text(inline.file), line: integer(inline.line) };
}

function readFrame(value: unknown, position: number): StackFrame {
  const frame = object(value);
  return {
    frame: integer(frame.frame) ?? position,
    module: text(frame.module),
    function: text(frame.function),
    file: text(frame.file),
    line: integer(frame.line),
    offset: text(frame.offset),
    moduleOffset: text(frame.module_offset),
    functionOffset: text(frame.function_offset),
    trust: text(frame.trust),
    missingSymbols: frame.missing_symbols === true,
    inlines: list(frame.inlines).map(readInline),
  };
}

/** The threads of a json_dump, with the crashing one marked. */
export function readThreads(jsonDump: unknown, crashingThread: unknown): StackThread[] {
  const dump = object(jsonDump);
  const crashingIndex = integer(object(dump.crash_info).crashing_thread) ?? integer(crashingThread);
  return list(dump.threads).map((value, index) => {
    const thread = object(value);
    const frames = list(thread.frames).map(readFrame);
    return {
      index,
      name: text(thread.thread_name),
      isCrashingThread: index === crashingIndex,
      frameCount: integer(thread.frame_count) ?? frames.length,
      lastErrorValue: text(thread.last_error_value),
      frames,
    };
  });
}

/** The modules of a json_dump, with how many crashing-thread frames each has. */
export function readModules(jsonDump: unknown, threads: readonly StackThread[]): LoadedModule[] {
  const dump = object(jsonDump);
  const crashing = threads.find((thread) => thread.isCrashingThread);
  return list(dump.modules).map((value) => {
    const module = object(value);
    const filename = text(module.filename);
    return {
      filename,
      version: text(module.version),
      debugFile: text(module.debug_file),
      debugId: text(module.debug_id),
      codeId: text(module.code_id),
      baseAddress: text(module.base_addr),
      endAddress: text(module.end_addr),
      missingSymbols: module.missing_symbols === true,
      loadedSymbols: module.loaded_symbols === true,
      corruptSymbols: module.corrupt_symbols === true,
      framesOnCrashingThread:
        crashing?.frames.filter((frame) => frame.module === filename).length ?? 0,
    };
  });
}
