import type { Cpu } from '../format/cpu.js';
import { LINUX_SI_CODES, LINUX_SIGNAL_KINDS, LINUX_SIGNALS } from '../format/linux-signal-names.js';
import {
  MAC_EXCEPTIONS,
  MAC_GUARD_FLAVORS,
  MAC_GUARD_TYPES,
  MAC_KERN_RETURNS,
  MAC_RESOURCE_FLAVORS,
  MAC_RESOURCE_TYPES,
  MAC_SOFTWARE_CODES,
  MAC_SUBTYPES,
} from '../format/mac-exception-names.js';
import type { Os } from '../format/platform.js';
import {
  FAST_FAIL_NAMES,
  NT_STATUS_NAMES,
  WIN_ERROR_NAMES,
} from '../format/windows-error-names.js';
import {
  WINDOWS_ACCESS_TYPES,
  WINDOWS_EXCEPTION_CODES,
  WINDOWS_FACILITIES,
  WINDOWS_SPECIAL_REASONS,
} from '../format/windows-exception-names.js';
import type { MinidumpException } from '../reader/streams/exception.js';

/** `0x%08x` of a 32-bit value. */
function hex8(value: number | bigint): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}

/** `0x%016x` of a 64-bit value. */
function hex16(value: bigint): string {
  return `0x${value.toString(16).padStart(16, '0')}`;
}

/** The crash reason string for an exception, chosen by operating system. */
export function formatCrashReason(exception: MinidumpException, os: Os, cpu: Cpu): string {
  const reason =
    os === 'windows'
      ? windowsReason(exception)
      : os === 'macos' || os === 'ios'
        ? macReason(exception, cpu)
        : os === 'linux' || os === 'android'
          ? linuxReason(exception)
          : undefined;
  return reason ?? `unknown ${hex8(exception.exceptionCode)} / ${hex8(exception.exceptionFlags)}`;
}

/**
 * A Windows error code as a reason: WinError name, else NTSTATUS name, else
 * `<FACILITY> / <WinError>`, else `unknown 0x…`. Also used for GetLastError() values.
 */
export function formatWindowsError(code: number): string {
  const winError = WIN_ERROR_NAMES.get(code);
  if (winError !== undefined) return winError;
  const ntStatus = NT_STATUS_NAMES.get(code);
  if (ntStatus !== undefined) return ntStatus;
  if ((code & 0xf0000000) !== 0) {
    const facility = WINDOWS_FACILITIES.get((code & 0x0fff0000) >>> 16);
    const error = WIN_ERROR_NAMES.get(code & 0xffff);
    if (facility !== undefined && error !== undefined) return `${facility} / ${error}`;
  }
  return `unknown ${hex8(code)}`;
}

function windowsReason(exception: MinidumpException): string {
  const code = exception.exceptionCode;
  const info = exception.exceptionInformation;
  const name = WINDOWS_EXCEPTION_CODES.get(code);
  if (name === undefined) {
    const error = formatWindowsError(code);
    if (error === 'STATUS_STACK_BUFFER_OVERRUN' && exception.numberParameters >= 1) {
      return `EXCEPTION_STACK_BUFFER_OVERRUN / ${fastFailName(info[0]!)}`;
    }
    return error;
  }
  if (name === 'EXCEPTION_ACCESS_VIOLATION' && exception.numberParameters >= 1) {
    const access = WINDOWS_ACCESS_TYPES.get(info[0]!);
    if (access !== undefined) return `EXCEPTION_ACCESS_VIOLATION_${access}`;
  }
  if (name === 'EXCEPTION_IN_PAGE_ERROR' && exception.numberParameters >= 3) {
    const access = WINDOWS_ACCESS_TYPES.get(info[0]!);
    if (access !== undefined)
      return `EXCEPTION_IN_PAGE_ERROR_${access} / ${ntStatusName(info[2]!)}`;
  }
  return WINDOWS_SPECIAL_REASONS.get(name) ?? name;
}

function ntStatusName(value: bigint): string {
  return (value <= 0xffffffffn ? NT_STATUS_NAMES.get(Number(value)) : undefined) ?? hex8(value);
}

function fastFailName(value: bigint): string {
  return (value <= 0xffffffffn ? FAST_FAIL_NAMES.get(Number(value)) : undefined) ?? hex8(value);
}

function macReason(exception: MinidumpException, cpu: Cpu): string | undefined {
  const name = MAC_EXCEPTIONS.get(exception.exceptionCode);
  if (name === undefined) return undefined;
  if (name === 'SIMULATED') return 'Simulated Exception';
  const flags = exception.exceptionFlags;
  const general = `${name} / ${hex8(flags)}`;
  if (name === 'EXC_BAD_ACCESS') {
    const kern = MAC_KERN_RETURNS.get(flags);
    if (kern !== undefined) return `EXC_BAD_ACCESS / ${kern}`;
  }
  if (name === 'EXC_SOFTWARE') {
    const software = MAC_SOFTWARE_CODES.get(flags);
    return software === undefined ? general : `EXC_SOFTWARE / ${software}`;
  }
  if (name === 'EXC_RESOURCE') return macResourceReason(flags, exception) ?? general;
  if (name === 'EXC_GUARD') return macGuardReason(flags, exception) ?? general;
  const family =
    cpu === 'arm64'
      ? 'arm64'
      : cpu === 'ppc'
        ? 'ppc'
        : cpu === 'x86' || cpu === 'amd64'
          ? 'x86'
          : undefined;
  const subtype = family === undefined ? undefined : MAC_SUBTYPES[name]?.[family]?.get(flags);
  return subtype === undefined ? general : `${name} / ${subtype}`;
}

function macResourceReason(flags: number, exception: MinidumpException): string | undefined {
  const type = MAC_RESOURCE_TYPES.get((flags >>> 29) & 0x7);
  if (type === undefined) return undefined;
  const code = exception.exceptionInformation[1]!;
  const subcode = exception.exceptionInformation[2]!;
  const flavor = MAC_RESOURCE_FLAVORS[type]!.get(Number((code >> 58n) & 0x7n));
  const prefix = `EXC_RESOURCE / ${type} / `;
  if (flavor === undefined) return `${prefix}${hex16(code)} / ${hex16(subcode)}`;
  const bits = (value: bigint, shift: bigint, mask: bigint): bigint => (value >> shift) & mask;
  switch (type) {
    case 'RESOURCE_TYPE_CPU':
      return `${prefix}${flavor} interval: ${bits(code, 7n, 0x1ffffffn)}s CPU limit: ${code & 0x7n}% CPU consumed: ${subcode & 0x7n}%`;
    case 'RESOURCE_TYPE_WAKEUPS':
      return `${prefix}${flavor} interval: ${bits(code, 20n, 0xfffffn)}s wakeups permitted: ${code & 0xfffn} wakeups observed: ${subcode & 0xfffn}`;
    case 'RESOURCE_TYPE_MEMORY':
      return `${prefix}${flavor} high watermark limit: ${code & 0x1fffn}MiB`;
    case 'RESOURCE_TYPE_IO':
      return `${prefix}${flavor} interval: ${bits(code, 15n, 0x1ffffn)}s I/O limit: ${code & 0x7fffn}% I/O observed: ${subcode & 0x7fffn}%`;
    default:
      return `${prefix}${flavor} high watermark limit: ${code & 0x7fffn}`;
  }
}

function macGuardReason(flags: number, exception: MinidumpException): string | undefined {
  const type = MAC_GUARD_TYPES.get((flags >>> 29) & 0x7);
  if (type === undefined) return undefined;
  const code = exception.exceptionInformation[1]!;
  const subcode = exception.exceptionInformation[2]!;
  const prefix = `EXC_GUARD / ${type}`;
  if (type === 'GUARD_TYPE_NONE') return prefix;
  if (type === 'GUARD_TYPE_USER')
    return `${prefix}/ namespace: ${code & 0xffffffffn} guard identifier: ${subcode}`;
  const flavor = MAC_GUARD_FLAVORS[type]!.get(Number((code >> 32n) & 0x1fffffffn));
  if (flavor === undefined) return `${prefix} / ${hex16(code)} / ${hex16(subcode)}`;
  const low = code & 0xfffffffn;
  switch (type) {
    case 'GUARD_TYPE_MACH_PORT':
      return `${prefix} / ${flavor} port name: ${low} guard identifier: ${subcode}`;
    case 'GUARD_TYPE_FD':
      return `${prefix} / ${flavor} file descriptor: ${low} guard identifier: ${subcode}`;
    case 'GUARD_TYPE_VN':
      return `${prefix} / ${flavor} pid: ${low} guard identifier: ${subcode}`;
    default:
      return `${prefix} / ${flavor} offset: ${subcode}`;
  }
}

function linuxReason(exception: MinidumpException): string | undefined {
  const signal = LINUX_SIGNALS.get(exception.exceptionCode);
  if (signal === undefined) return undefined;
  const flags = exception.exceptionFlags;
  const kinds = LINUX_SIGNAL_KINDS[signal];
  const kind = kinds === undefined || flags === 0 ? undefined : kinds[flags - 1];
  if (kind !== undefined) return `${signal} / ${kind}`;
  const siCode = LINUX_SI_CODES.get(flags | 0);
  if (siCode === undefined) return `${signal} / ${hex8(flags)}`;
  return siCode === 'SI_USER' ? signal : `${signal} / ${siCode}`;
}
