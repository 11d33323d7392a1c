import type { Minidump } from '../reader/minidump.js';
import { readHandleData } from '../reader/streams/handle-data.js';
import { findLinuxCpuInfoValue } from '../reader/streams/linux-cpu-info.js';
import { readLinuxLimits } from '../reader/streams/linux-limits.js';
import { readLinuxLsbRelease } from '../reader/streams/linux-lsb-release.js';
import { readLinuxMaps } from '../reader/streams/linux-maps.js';
import { findLinuxProcStatusValue } from '../reader/streams/linux-proc-status.js';
import { readMacBootArgs } from '../reader/streams/mac-boot-args.js';
import { readMacCrashInfo } from '../reader/streams/mac-crash-info.js';
import { readMiscInfo } from '../reader/streams/misc-info.js';
import { readSoftErrors } from '../reader/streams/soft-errors.js';
import type { LsbRelease, ProcessState } from './process-state.js';

/** The process-level facts of ProcessState that come straight from optional streams. */
export type ProcessDetails = Pick<
  ProcessState,
  | 'pid'
  | 'processUptimeSeconds'
  | 'lsbRelease'
  | 'linuxMapCount'
  | 'procLimits'
  | 'macCrashInfo'
  | 'macBootArgs'
  | 'handles'
  | 'softErrors'
  | 'cpuMicrocodeVersion'
>;

function optional<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Reads pid, uptime, Linux and macOS extras; a broken optional stream just yields null. */
export function readProcessDetails(dump: Minidump): ProcessDetails {
  const miscInfo = optional(() => readMiscInfo(dump));
  const macBootArgs = optional(() => readMacBootArgs(dump));
  return {
    pid: miscInfo?.processId ?? procStatusPid(dump),
    processUptimeSeconds:
      miscInfo?.processCreateTime === undefined
        ? null
        : Math.max(0, dump.header.timeDateStamp - miscInfo.processCreateTime),
    lsbRelease: lsbReleaseOf(dump),
    linuxMapCount: optional(() => readLinuxMaps(dump))?.length ?? null,
    procLimits: optional(() => readLinuxLimits(dump)) ?? null,
    macCrashInfo: optional(() => readMacCrashInfo(dump)) ?? null,
    macBootArgs: macBootArgs === undefined ? undefined : (macBootArgs.bootArgs ?? null),
    handles: optional(() => readHandleData(dump)) ?? null,
    softErrors: optional(() => readSoftErrors(dump)) ?? null,
    cpuMicrocodeVersion: microcodeVersion(dump),
  };
}

function procStatusPid(dump: Minidump): number | null {
  const pid = optional(() => findLinuxProcStatusValue(dump, 'Pid'));
  return pid !== undefined && /^\d+$/.test(pid) && Number(pid) <= 0xffffffff ? Number(pid) : null;
}

function lsbReleaseOf(dump: Minidump): LsbRelease | null {
  const pairs = optional(() => readLinuxLsbRelease(dump));
  if (pairs === undefined) return null;
  const release = { id: '', release: '', codename: '', description: '' };
  for (const [key, value] of pairs) {
    if (key === 'DISTRIB_ID' || key === 'ID') release.id = value;
    else if (key === 'DISTRIB_RELEASE' || key === 'VERSION_ID') release.release = value;
    else if (key === 'DISTRIB_CODENAME' || key === 'VERSION_CODENAME') release.codename = value;
    else if (key === 'DISTRIB_DESCRIPTION' || key === 'PRETTY_NAME') release.description = value;
  }
  return release;
}

function microcodeVersion(dump: Minidump): bigint | null {
  const value = optional(() => findLinuxCpuInfoValue(dump, 'microcode'));
  if (value === undefined) return null;
  const digits = value.startsWith('0x') ? value.slice(2) : value;
  return /^[0-9a-fA-F]{1,16}$/.test(digits) ? BigInt(`0x${digits}`) : null;
}
