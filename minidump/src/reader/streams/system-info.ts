import { cpuFromArchitecture, type Cpu } from '../../format/cpu.js';
import { osFromPlatformId, type Os } from '../../format/platform.js';
import { StreamType } from '../../format/stream-type.js';
import { findStream, type Minidump } from '../minidump.js';
import { readMinidumpString } from '../strings.js';

/** MINIDUMP_SYSTEM_INFO with the CPU union resolved for the architecture. */
export interface MinidumpSystemInfo {
  readonly processorArchitecture: number;
  readonly processorLevel: number;
  readonly processorRevision: number;
  readonly numberOfProcessors: number;
  readonly productType: number;
  readonly majorVersion: number;
  readonly minorVersion: number;
  readonly buildNumber: number;
  readonly platformId: number;
  /** Service pack (Windows), build number (macOS) or `uname -srvmo` (Linux); undefined if unreadable. */
  readonly csdVersion: string | undefined;
  readonly suiteMask: number;
  readonly cpu: Cpu;
  readonly os: Os;
  /** x86 only: the 12-byte CPUID vendor string, each byte read as one character. */
  readonly x86Vendor: string | undefined;
  /** ARM only: MIDR and Linux ELF hwcaps. */
  readonly armCpuId: number | undefined;
  readonly armElfHwcaps: number | undefined;
}

const SYSTEM_INFO_SIZE = 56;

/** Reads the SystemInfo stream; undefined when the dump has none. */
export function readSystemInfo(dump: Minidump): MinidumpSystemInfo | undefined {
  const stream = findStream(dump, StreamType.SystemInfo);
  if (stream === undefined) return undefined;
  stream.check(0, SYSTEM_INFO_SIZE);
  const processorArchitecture = stream.u16(0);
  const cpu = cpuFromArchitecture(processorArchitecture);
  const platformId = stream.u32(20);
  let csdVersion: string | undefined;
  try {
    csdVersion = readMinidumpString(dump.file, stream.u32(24));
  } catch {
    csdVersion = undefined;
  }
  return {
    processorArchitecture,
    processorLevel: stream.u16(2),
    processorRevision: stream.u16(4),
    numberOfProcessors: stream.u8(6),
    productType: stream.u8(7),
    majorVersion: stream.u32(8),
    minorVersion: stream.u32(12),
    buildNumber: stream.u32(16),
    platformId,
    csdVersion,
    suiteMask: stream.u16(28),
    cpu,
    os: osFromPlatformId(platformId),
    x86Vendor:
      cpu === 'x86' ? readVendor(stream.bytes.subarray(32, 44), stream.littleEndian) : undefined,
    armCpuId: cpu === 'arm' ? stream.u32(32) : undefined,
    armElfHwcaps: cpu === 'arm' ? stream.u32(36) : undefined,
  };
}

/** The vendor id is three u32s; their little-endian bytes spell e.g. "GenuineIntel". */
function readVendor(bytes: Uint8Array, littleEndian: boolean): string {
  let vendor = '';
  for (let word = 0; word < 3; word++) {
    for (let index = 0; index < 4; index++) {
      const byte = littleEndian ? bytes[word * 4 + index]! : bytes[word * 4 + 3 - index]!;
      vendor += String.fromCharCode(byte);
    }
  }
  return vendor;
}
