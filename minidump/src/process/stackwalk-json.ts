import { GENERAL_REGISTERS } from '../reader/context/cpu-context.js';
import type { StackFrame } from '../unwind/stack-frame.js';
import type { CrashAnalysis } from './crash-analysis/crash-analysis.js';
import { formatAddress } from './hex-format.js';
import { formatCpuInfo, formatOsName, formatOsVersion } from './system-details.js';
import {
  basename,
  codeIdOf,
  debugFileOf,
  debugIdOf,
  unloadedCodeIdOf,
  versionOf,
} from './module-identity.js';
import type { ProcessState, ThreadState } from './process-state.js';

/** A JSON value as `minidump-stackwalk --json` prints it. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

const NO_DEBUG_ID = '0'.repeat(33);

/**
 * Renders a ProcessState as the reference's `--json` document: every documented key present
 * (null rather than absent), addresses padded to the pointer width, keys sorted.
 */
export function toStackwalkJson(state: ProcessState): JsonObject {
  const hex = (value: bigint): string => formatAddress(value, state.pointerSize);
  const unloaded = (address: bigint): UnloadedHits => unloadedModulesAt(state, address);
  const threads = state.threads.map((thread) => threadJson(thread, hex, unloaded));
  const modules = state.modules.map((module) => {
    const name = basename(module.name);
    const stats = state.symbolStats.get(name);
    // Ids a symbol server found by code id replace the (missing) ones of the dump.
    const discovered = stats?.discoveredDebugInfo ?? null;
    return {
      base_addr: hex(module.baseOfImage),
      cert_subject: null,
      code_id: (codeIdOf(module, state.systemInfo.os, state.littleEndian) ?? '').toLowerCase(),
      corrupt_symbols: stats?.corruptSymbols ?? false,
      debug_file: basename(discovered?.debugFile ?? debugFileOf(module) ?? ''),
      debug_id: discovered?.debugId ?? debugIdOf(module, state.littleEndian) ?? NO_DEBUG_ID,
      end_addr: hex(module.baseOfImage + BigInt(module.sizeOfImage)),
      filename: name,
      loaded_symbols: stats?.loadedSymbols ?? false,
      missing_symbols: stats !== undefined && !stats.loadedSymbols,
      symbol_url: stats?.symbolUrl ?? null,
      version: versionOf(module) ?? null,
    };
  });
  const unloadedModules = state.unloadedModules.map((module) => ({
    base_addr: hex(module.baseOfImage),
    cert_subject: null,
    code_id: unloadedCodeIdOf(module).toLowerCase(),
    end_addr: hex(module.baseOfImage + BigInt(module.sizeOfImage)),
    filename: module.name,
  }));
  const handles =
    state.handles === null
      ? null
      : state.handles.map((handle) => ({
          handle: Number(handle.handle),
          object_name: handle.objectName ?? null,
          type_name: handle.typeName ?? null,
        }));
  const document: JsonObject = {
    status: 'OK',
    system_info: systemInfoJson(state),
    crash_info: crashInfoJson(state, hex),
    lsb_release: state.lsbRelease === null ? null : { ...state.lsbRelease },
    mac_crash_info: macCrashInfoJson(state, hex),
    mac_boot_args: state.macBootArgs ?? null,
    main_module: 0,
    modules_contains_cert_info: false,
    modules,
    pid: state.pid,
    process_uptime: state.processUptimeSeconds,
    linux_memory_map_count: state.linuxMapCount,
    proc_limits:
      state.procLimits === null
        ? null
        : { limits: state.procLimits.map((limit) => ({ ...limit })) },
    handles,
    soft_errors: (state.softErrors ?? null) as JsonValue,
    thread_count: threads.length,
    threads,
    unloaded_modules: unloadedModules,
  };
  const index = state.crashingThreadIndex;
  const crashing = index === null ? undefined : state.threads[index];
  if (index !== null && crashing !== undefined && crashing.frames.length > 0) {
    const copy = threadJson(crashing, hex, unloaded);
    const frames = copy.frames as JsonObject[];
    frames[0] = withRegisters(frames[0]!, registersJson(crashing.frames[0]!, state.pointerSize));
    copy.threads_index = index;
    document.crashing_thread = copy;
  }
  // The thread, frame, module and handle objects are built with their keys in order;
  // sorting skips them (most of the document) and sorts the rest.
  const builtSorted = new Set<JsonValue>([threads, modules, unloadedModules]);
  if (handles !== null) builtSorted.add(handles);
  if (document.crashing_thread !== undefined) builtSorted.add(document.crashing_thread);
  return sortKeys(document, builtSorted) as JsonObject;
}

function systemInfoJson(state: ProcessState): JsonObject {
  const info = state.systemInfo;
  return {
    os: formatOsName(info),
    os_ver: formatOsVersion(info),
    cpu_arch: info.cpu,
    cpu_info: formatCpuInfo(info),
    cpu_count: info.numberOfProcessors,
    cpu_microcode_version:
      state.cpuMicrocodeVersion === null ? null : `0x${state.cpuMicrocodeVersion.toString(16)}`,
  };
}

function crashInfoJson(state: ProcessState, hex: (value: bigint) => string): JsonObject {
  const exception = state.exception;
  const analysis: CrashAnalysis | undefined = exception?.analysis;
  return {
    type: exception?.reason ?? null,
    address: exception === undefined ? null : hex(exception.address),
    adjusted_address:
      analysis?.adjustedAddress == null
        ? null
        : analysis.adjustedAddress.kind === 'null-pointer'
          ? { kind: 'null-pointer', offset: hex(analysis.adjustedAddress.offset) }
          : { kind: 'non-canonical', address: hex(analysis.adjustedAddress.address) },
    instruction: analysis?.instruction ?? null,
    memory_accesses:
      analysis?.memoryAccesses == null
        ? null
        : analysis.memoryAccesses.map((access) => {
            const json: JsonObject = { address: hex(access.address), size: access.size };
            if (access.accessType !== undefined) json.access_type = access.accessType;
            if (access.isLikelyGuardPage) json.is_likely_guard_page = true;
            return json;
          }),
    instruction_pointer_update:
      analysis?.instructionPointerUpdate == null
        ? null
        : analysis.instructionPointerUpdate.isLikelyGuardPage
          ? { address: hex(analysis.instructionPointerUpdate.address), is_likely_guard_page: true }
          : { address: hex(analysis.instructionPointerUpdate.address) },
    possible_bit_flips:
      analysis === undefined || analysis.possibleBitFlips.length === 0
        ? null
        : analysis.possibleBitFlips.map((flip) => ({
            address: hex(flip.address),
            source_register: flip.sourceRegister,
            confidence: flip.confidence,
            details: {
              was_non_canonical: flip.details.wasNonCanonical,
              is_null: flip.details.isNull,
              was_low: flip.details.wasLow,
              nearby_registers: flip.details.nearbyRegisters,
              poison_registers: flip.details.poisonRegisters,
            },
          })),
    crash_inconsistencies:
      exception === undefined ? null : [...(analysis?.crashInconsistencies ?? [])],
    crashing_thread: state.crashingThreadIndex,
    assertion: null,
  };
}

function macCrashInfoJson(state: ProcessState, hex: (value: bigint) => string): JsonValue {
  if (state.macCrashInfo === null) return null;
  const optionalHex = (value: bigint | undefined): JsonValue =>
    value === undefined ? null : hex(value);
  return {
    num_records: state.macCrashInfo.length,
    records: state.macCrashInfo.map((record) => ({
      thread: optionalHex(record.thread),
      dialog_mode: optionalHex(record.dialogMode),
      abort_cause: optionalHex(record.abortCause),
      module: record.modulePath ?? null,
      message: record.message ?? null,
      signature_string: record.signatureString ?? null,
      backtrace: record.backtrace ?? null,
      message2: record.message2 ?? null,
    })),
  };
}

type UnloadedHits = Array<{ name: string; offsets: bigint[] }>;

/** Unloaded modules overlapping an address, grouped by full name (sorted) with sorted distinct offsets. */
function unloadedModulesAt(state: ProcessState, address: bigint): UnloadedHits {
  const byName = new Map<string, Set<bigint>>();
  for (const module of state.unloadedModules) {
    if (address < module.baseOfImage || address >= module.baseOfImage + BigInt(module.sizeOfImage))
      continue;
    const offsets = byName.get(module.name) ?? new Set<bigint>();
    offsets.add(address - module.baseOfImage);
    byName.set(module.name, offsets);
  }
  return [...byName.keys()].sort().map((name) => ({
    name,
    offsets: [...byName.get(name)!].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  }));
}

function threadJson(
  thread: ThreadState,
  hex: (value: bigint) => string,
  unloaded: (address: bigint) => UnloadedHits,
): JsonObject {
  return {
    frame_count: thread.frames.length,
    frames: thread.frames.map((frame, index) =>
      frameJson(frame, index, hex, frame.module === undefined ? unloaded(frame.instruction) : []),
    ),
    last_error_value: thread.lastErrorValue,
    thread_id: thread.threadId,
    thread_name: thread.threadName,
  };
}

function frameJson(
  frame: StackFrame,
  index: number,
  hex: (value: bigint) => string,
  unloadedModules: UnloadedHits,
): JsonObject {
  const symbol = frame.symbol;
  const module = frame.module;
  return {
    file: symbol?.sourceFile ?? null,
    frame: index,
    function: symbol?.functionName ?? null,
    function_offset:
      symbol === null
        ? null
        : hex(frame.instruction - (module?.baseOfImage ?? 0n) - symbol.functionBase),
    inlines:
      symbol === null || symbol.inlines.length === 0
        ? null
        : symbol.inlines.map((inline) => ({
            file: inline.sourceFile,
            function: inline.functionName,
            line: inline.sourceLine,
          })),
    line: symbol?.sourceFile == null ? null : symbol.sourceLine,
    missing_symbols: symbol === null,
    module: module === undefined ? null : basename(module.name),
    module_offset: module === undefined ? null : hex(frame.instruction - module.baseOfImage),
    offset: hex(frame.instruction),
    trust: frame.trust,
    unloaded_modules:
      unloadedModules.length === 0
        ? null
        : unloadedModules.map((entry) => ({
            module: entry.name,
            offsets: entry.offsets.map(hex),
          })),
  };
}

/** A copy of `frame` with `registers` inserted where key order puts it. */
function withRegisters(frame: JsonObject, registers: JsonObject): JsonObject {
  const result: JsonObject = {};
  let added = false;
  for (const key of Object.keys(frame)) {
    if (!added && key > 'registers') {
      result.registers = registers;
      added = true;
    }
    result[key] = frame[key]!;
  }
  if (!added) result.registers = registers;
  return result;
}

/** Each CPU's general registers in key order (serde_json's), for the context frame's `registers`. */
const SORTED_REGISTERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(GENERAL_REGISTERS).map(([cpu, names]) => [cpu, [...names].sort()]),
);

function registersJson(frame: StackFrame, pointerSize: 4 | 8): JsonObject {
  const registers: JsonObject = {};
  for (const name of SORTED_REGISTERS[frame.cpu]!) {
    const value = frame.registers.get(name);
    if (value !== undefined) registers[name] = formatAddress(value, pointerSize);
  }
  return registers;
}

/**
 * Recursively sorts object keys, as serde_json's map does, except inside `builtSorted` (values
 * whose keys are in order already, all the way down). Objects already in order are returned as
 * they are unless a value inside needs sorting (copy on write, so objects the document shares
 * with the ProcessState are never changed).
 */
function sortKeys(value: JsonValue, builtSorted: ReadonlySet<JsonValue>): JsonValue {
  if (value === null || typeof value !== 'object' || builtSorted.has(value)) return value;
  if (Array.isArray(value)) {
    let copy: JsonValue[] | null = null;
    for (let index = 0; index < value.length; index++) {
      const sorted = sortKeys(value[index]!, builtSorted);
      if (sorted === value[index]) continue;
      copy ??= value.slice();
      copy[index] = sorted;
    }
    return copy ?? value;
  }
  const keys = Object.keys(value);
  if (!isSorted(keys)) {
    const sorted: JsonObject = {};
    for (const key of keys.sort()) sorted[key] = sortKeys(value[key]!, builtSorted);
    return sorted;
  }
  let copy: JsonObject | null = null;
  for (const key of keys) {
    const sorted = sortKeys(value[key]!, builtSorted);
    if (sorted === value[key]) continue;
    copy ??= { ...value };
    copy[key] = sorted;
  }
  return copy ?? value;
}

/** True when `keys` are in `Array.prototype.sort`'s default (code unit) order. */
function isSorted(keys: readonly string[]): boolean {
  for (let index = 1; index < keys.length; index++) {
    if (keys[index - 1]! > keys[index]!) return false;
  }
  return true;
}
