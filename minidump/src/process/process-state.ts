import type { MinidumpHandle } from '../reader/streams/handle-data.js';
import type { LinuxLimit } from '../reader/streams/linux-limits.js';
import type { MacCrashInfoRecord } from '../reader/streams/mac-crash-info.js';
import type { MinidumpModule } from '../reader/streams/module-list.js';
import type { MinidumpSystemInfo } from '../reader/streams/system-info.js';
import type { MinidumpUnloadedModule } from '../reader/streams/unloaded-module-list.js';
import type { StackFrame } from '../unwind/stack-frame.js';
import type { CrashAnalysis } from './crash-analysis/crash-analysis.js';
import type { SymbolStats } from './module-symbols.js';

/** One walked thread. */
export interface ThreadState {
  readonly threadId: number;
  readonly threadName: string | null;
  /** GetLastError() from the TEB, rendered like a crash reason; null when unreadable. */
  readonly lastErrorValue: string | null;
  readonly frames: readonly StackFrame[];
}

/** The exception that triggered the dump. */
export interface ExceptionState {
  readonly reason: string;
  readonly address: bigint;
  /** amd64 crashing-instruction analysis; undefined on other CPUs. */
  readonly analysis: CrashAnalysis | undefined;
}

/** `/etc/lsb-release` facts. */
export interface LsbRelease {
  readonly id: string;
  readonly release: string;
  readonly codename: string;
  readonly description: string;
}

/** Everything the processor learned from a dump; `toStackwalkJson` renders it. */
export interface ProcessState {
  readonly systemInfo: MinidumpSystemInfo;
  readonly pointerSize: 4 | 8;
  readonly littleEndian: boolean;
  readonly cpuMicrocodeVersion: bigint | null;
  readonly exception: ExceptionState | undefined;
  /** Index into `threads` of the crashing (or dump-requesting) thread. */
  readonly crashingThreadIndex: number | null;
  readonly threads: readonly ThreadState[];
  readonly modules: readonly MinidumpModule[];
  readonly unloadedModules: readonly MinidumpUnloadedModule[];
  readonly symbolStats: ReadonlyMap<string, SymbolStats>;
  readonly pid: number | null;
  readonly processUptimeSeconds: number | null;
  readonly lsbRelease: LsbRelease | null;
  readonly linuxMapCount: number | null;
  readonly procLimits: readonly LinuxLimit[] | null;
  readonly macCrashInfo: readonly MacCrashInfoRecord[] | null;
  /** undefined: no stream; null: the stream's string was unreadable. */
  readonly macBootArgs: string | null | undefined;
  readonly handles: readonly MinidumpHandle[] | null;
  readonly softErrors: unknown;
}
