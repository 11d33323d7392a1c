import { pointerSizeOf } from '../format/cpu.js';
import type { CpuContext } from '../reader/context/cpu-context.js';
import { POINTER_REGISTERS } from '../reader/context/cpu-context.js';
import { readContext } from '../reader/context/read-context.js';
import type { ByteView } from '../reader/byte-view.js';
import type { Minidump } from '../reader/minidump.js';
import { readBreakpadInfo } from '../reader/streams/breakpad-info.js';
import { readException } from '../reader/streams/exception.js';
import type { MemoryRegion } from '../reader/streams/memory-descriptor.js';
import { readMemory64List, readMemoryList } from '../reader/streams/memory-list.js';
import { readModuleList } from '../reader/streams/module-list.js';
import type { MinidumpSystemInfo } from '../reader/streams/system-info.js';
import { readSystemInfo } from '../reader/streams/system-info.js';
import type { MinidumpThread } from '../reader/streams/thread-list.js';
import { readThreadList } from '../reader/streams/thread-list.js';
import { readThreadNames } from '../reader/streams/thread-names.js';
import { readUnloadedModuleList } from '../reader/streams/unloaded-module-list.js';
import type { SymbolSupplier } from '../symbols/suppliers/symbol-supplier.js';
import { ModuleMap } from '../unwind/module-map.js';
import { StackMemory } from '../unwind/stack-memory.js';
import { walkStack } from '../unwind/walk-stack.js';
import { analyzeCrash } from './crash-analysis/analyze-crash.js';
import { formatCrashReason, formatWindowsError } from './crash-reason.js';
import { MemoryProtection } from './memory-protection.js';
import { MemoryRegions } from './memory-regions.js';
import { ModuleSymbols } from './module-symbols.js';
import { ProcessError } from './process-error.js';
import type { ExceptionState, ProcessState, ThreadState } from './process-state.js';
import { readProcessDetails } from './process-details.js';

/** Options of `processMinidump`. */
export interface ProcessOptions {
  /** Where symbols come from; without one nothing is symbolicated and no module is looked up. */
  readonly symbolSupplier?: SymbolSupplier;
}

/** Runs `read`, turning a reader error into undefined (a broken optional stream is skipped). */
function optional<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Walks every thread of a dump and gathers what `minidump-stackwalk --json` reports. Throws
 * `ProcessError` when the ThreadList or SystemInfo stream is missing or unreadable.
 */
export async function processMinidump(
  dump: Minidump,
  options: ProcessOptions = {},
): Promise<ProcessState> {
  const threads = optional(() => readThreadList(dump));
  if (threads === undefined) throw new ProcessError('MissingThreadList');
  const systemInfo = optional(() => readSystemInfo(dump));
  if (systemInfo === undefined) throw new ProcessError('MissingSystemInfo');
  const littleEndian = dump.file.littleEndian;
  const pointerSize = pointerSizeOf(systemInfo.cpu);
  const memory = new MemoryRegions(
    optional(() => readMemory64List(dump)) ?? optional(() => readMemoryList(dump)) ?? [],
  );
  const modules = optional(() => readModuleList(dump)) ?? [];
  const moduleMap = new ModuleMap(modules);
  const exceptionStream = optional(() => readException(dump));
  const breakpadInfo = optional(() => readBreakpadInfo(dump));
  const threadNames = optional(() => readThreadNames(dump)) ?? new Map<number, string>();
  const symbols = new ModuleSymbols(options.symbolSupplier, systemInfo.os, littleEndian);
  const crashingThreadId = exceptionStream?.threadId ?? breakpadInfo?.requestingThreadId;

  let crashingThreadIndex: number | null = null;
  const walked: ThreadState[] = [];
  for (const [index, thread] of threads.entries()) {
    if (breakpadInfo?.dumpThreadId === thread.threadId) {
      walked.push({
        threadId: thread.threadId,
        threadName: null,
        lastErrorValue: null,
        frames: [],
      });
      continue;
    }
    let context = parseContext(thread.contextBytes, systemInfo);
    if (crashingThreadId === thread.threadId) {
      crashingThreadIndex = index;
      context = parseContext(exceptionStream?.contextBytes, systemInfo) ?? context;
    }
    const frames =
      context === undefined
        ? []
        : await walkThread(context, thread, memory, moduleMap, symbols, systemInfo);
    walked.push({
      threadId: thread.threadId,
      threadName: threadNames.get(thread.threadId) ?? null,
      lastErrorValue: readLastError(thread, memory, pointerSize),
      frames,
    });
  }

  let exception: ExceptionState | undefined;
  if (exceptionStream !== undefined) {
    const address = crashAddressOf(exceptionStream, systemInfo, pointerSize);
    const reason = formatCrashReason(exceptionStream, systemInfo.os, systemInfo.cpu);
    const crashingThread = threads.find((thread) => thread.threadId === exceptionStream.threadId);
    exception = {
      reason,
      address,
      analysis:
        systemInfo.cpu === 'amd64'
          ? analyzeCrash({
              os: systemInfo.os,
              reason,
              address,
              context: parseContext(exceptionStream.contextBytes, systemInfo),
              memory,
              stack:
                crashingThread === undefined
                  ? undefined
                  : (crashingThread.stack ??
                    memory.regionContaining(crashingThread.stackDescriptor.startOfMemoryRange)),
              protection: MemoryProtection.fromDump(dump),
            })
          : undefined,
    };
  }
  return {
    systemInfo,
    pointerSize,
    littleEndian,
    exception,
    crashingThreadIndex,
    threads: walked,
    modules,
    unloadedModules: optional(() => readUnloadedModuleList(dump)) ?? [],
    symbolStats: symbols.stats,
    ...readProcessDetails(dump),
  };
}

function parseContext(
  bytes: ByteView | undefined,
  systemInfo: MinidumpSystemInfo,
): CpuContext | undefined {
  if (bytes === undefined) return undefined;
  return optional(() => readContext(bytes, systemInfo.processorArchitecture));
}

/**
 * The thread's stack region: its own descriptor, else the captured region at the descriptor's
 * start address; if the stack pointer is outside it, the region holding the stack pointer.
 */
function stackRegionOf(
  thread: MinidumpThread,
  context: CpuContext,
  memory: MemoryRegions,
): MemoryRegion | undefined {
  let region = thread.stack ?? memory.regionContaining(thread.stackDescriptor.startOfMemoryRange);
  const sp = context.registers.get(POINTER_REGISTERS[context.cpu].sp)!;
  if (region === undefined || sp < region.baseAddress || sp >= region.baseAddress + region.size) {
    region = memory.regionContaining(sp) ?? region;
  }
  if (region === undefined || region.size === 0n || region.baseAddress + region.size > 1n << 64n) {
    return undefined;
  }
  return region;
}

async function walkThread(
  context: CpuContext,
  thread: MinidumpThread,
  memory: MemoryRegions,
  modules: ModuleMap,
  symbols: ModuleSymbols,
  systemInfo: MinidumpSystemInfo,
): Promise<ThreadState['frames']> {
  const region = stackRegionOf(thread, context, memory);
  const stack = region === undefined ? undefined : new StackMemory(region);
  return walkStack(context, { os: systemInfo.os, stack, modules, symbols });
}

/** GetLastError() lives 13 pointers into the TEB; readable only if the TEB was captured. */
function readLastError(
  thread: MinidumpThread,
  memory: MemoryRegions,
  pointerSize: 4 | 8,
): string | null {
  const address = thread.teb + BigInt(13 * pointerSize);
  if (address > 0xffffffffffffffffn) return null;
  const value = memory.read(address, 4);
  return value === undefined ? null : formatWindowsError(Number(value));
}

function crashAddressOf(
  exception: NonNullable<ReturnType<typeof readException>>,
  systemInfo: MinidumpSystemInfo,
  pointerSize: 4 | 8,
): bigint {
  const code = exception.exceptionCode;
  const isMemoryFault = code === 0xc0000005 || code === 0xc0000006;
  const address =
    systemInfo.os === 'windows' && isMemoryFault && exception.numberParameters >= 2
      ? exception.exceptionInformation[1]!
      : exception.exceptionAddress;
  return pointerSize === 4 ? address & 0xffffffffn : address;
}
