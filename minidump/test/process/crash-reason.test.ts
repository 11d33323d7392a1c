import { describe, expect, it } from 'vitest';
import { formatCrashReason, formatWindowsError } from '../../src/process/crash-reason.js';
import type { MinidumpException } from '../../src/reader/streams/exception.js';

function exception(code: number, flags: number, parameters: bigint[] = []): MinidumpException {
  const information = [...parameters, ...Array<bigint>(15 - parameters.length).fill(0n)];
  return {
    threadId: 1,
    exceptionCode: code,
    exceptionFlags: flags,
    exceptionRecord: 0n,
    exceptionAddress: 0n,
    numberParameters: parameters.length,
    exceptionInformation: information,
    contextBytes: undefined,
  };
}

describe('crash reasons', () => {
  it.each([
    ['windows', exception(0xc0000005, 0, [1n, 0x45n]), 'x86', 'EXCEPTION_ACCESS_VIOLATION_WRITE'],
    ['windows', exception(0xc0000005, 0, [3n, 0x45n]), 'x86', 'EXCEPTION_ACCESS_VIOLATION'],
    [
      'windows',
      exception(0xc0000409, 0, [7n]),
      'amd64',
      'EXCEPTION_STACK_BUFFER_OVERRUN / FAST_FAIL_FATAL_APP_EXIT',
    ],
    [
      'windows',
      exception(0xc0000006, 0, [0n, 0x10n, 0xc000009cn]),
      'x86',
      'EXCEPTION_IN_PAGE_ERROR_READ / STATUS_DEVICE_DATA_ERROR',
    ],
    ['windows', exception(0xe06d7363, 0), 'x86', 'Unhandled C++ Exception'],
    ['windows', exception(0x12345678, 0), 'x86', 'unknown 0x12345678'],
    ['linux', exception(11, 1), 'amd64', 'SIGSEGV / SEGV_MAPERR'],
    ['linux', exception(11, 0), 'amd64', 'SIGSEGV'],
    ['linux', exception(6, 0xfffffffa), 'amd64', 'SIGABRT / SI_TKILL'],
    ['linux', exception(11, 0x1234), 'amd64', 'SIGSEGV / 0x00001234'],
    ['macos', exception(1, 1), 'amd64', 'EXC_BAD_ACCESS / KERN_INVALID_ADDRESS'],
    ['macos', exception(6, 1), 'arm64', 'EXC_BREAKPOINT / EXC_ARM_BREAKPOINT'],
    ['ios', exception(1, 0x101), 'arm', 'EXC_BAD_ACCESS / 0x00000101'],
    ['ios', exception(0x43506e78, 0), 'amd64', 'unknown 0x43506e78 / 0x00000000'],
  ] as const)('on %s, %o on %s reads %s', (os, record, cpu, reason) => {
    expect(formatCrashReason(record, os, cpu)).toBe(reason);
  });

  it('renders GetLastError values as WinError names first', () => {
    expect(formatWindowsError(0)).toBe('ERROR_SUCCESS');
    expect(formatWindowsError(183)).toBe('ERROR_ALREADY_EXISTS');
    expect(formatWindowsError(0xc0000005)).toBe('STATUS_ACCESS_VIOLATION');
  });
});
