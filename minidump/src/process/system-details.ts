import type { MinidumpSystemInfo } from '../reader/streams/system-info.js';

const OS_NAMES = {
  windows: 'Windows NT',
  macos: 'Mac OS X',
  ios: 'iOS',
  linux: 'Linux',
  solaris: 'Solaris',
  android: 'Android',
  ps3: 'PS3',
  nacl: 'NaCl',
} as const;

/** The OS long name; unknown platforms print `0x0x%06x` (the reference's double prefix). */
export function formatOsName(info: MinidumpSystemInfo): string {
  return info.os === 'unknown'
    ? `0x0x${info.platformId.toString(16).padStart(6, '0')}`
    : OS_NAMES[info.os];
}

/**
 * `major.minor.build` plus the CSD version; for Linux dumps with version 0.0.0 the version and
 * build are recovered from the `uname -srvmo` text in the CSD string.
 */
export function formatOsVersion(info: MinidumpSystemInfo): string {
  let version = `${info.majorVersion}.${info.minorVersion}.${info.buildNumber}`;
  const trimmed = info.csdVersion?.trim();
  let build = trimmed === undefined || trimmed === '' ? undefined : trimmed;
  if (info.platformId === 0x8201 && version === '0.0.0') {
    const words = (info.csdVersion ?? '').split(' ');
    const unameVersion = words[1] ?? '0.0.0';
    const rest = words.slice(2);
    if (rest.pop() === 'Linux/GNU') rest.pop();
    if (unameVersion !== '0.0.0') {
      version = unameVersion;
      build = rest.join(' ');
    }
  }
  return build === undefined ? version : `${version} ${build}`;
}

const ARM_VENDORS: ReadonlyMap<number, string> = new Map([
  [0x41, 'ARM'],
  [0x51, 'Qualcomm'],
  [0x56, 'Marvell'],
  [0x69, 'Intel/Marvell'],
]);

const ARM_PARTS: ReadonlyMap<number, string> = new Map([
  [0x4100c050, 'Cortex-A5'],
  [0x4100c080, 'Cortex-A8'],
  [0x4100c090, 'Cortex-A9'],
  [0x4100c0f0, 'Cortex-A15'],
  [0x4100c140, 'Cortex-R4'],
  [0x4100c150, 'Cortex-R5'],
  [0x4100b360, 'ARM1136'],
  [0x4100b560, 'ARM1156'],
  [0x4100b760, 'ARM1176'],
  [0x4100b020, 'ARM11-MPCore'],
  [0x41009260, 'ARM926'],
  [0x41009460, 'ARM946'],
  [0x41009660, 'ARM966'],
  [0x510006f0, 'Krait'],
  [0x510000f0, 'Scorpion'],
]);

/** Linux ARM ELF hwcap bits in the order the reference lists them. */
const ARM_HWCAPS = [
  'swp',
  'half',
  'thumb',
  '26bit',
  'fastmult',
  'fpa',
  'vfpv2',
  'edsp',
  'java',
  'iwmmxt',
  'crunch',
  'thumbee',
  'neon',
  'vfpv3',
  'vfpv3d16',
  'tls',
  'vfpv4',
  'idiva',
  'idivt',
];
/** Bits the reference recognises (it also knows vfpd32, lpae and evtstrm but does not print them). */
const ARM_KNOWN_HWCAP_MASK = (1 << 22) - 1;

/** The `cpu_info` string: vendor/family/model/stepping on x86, ARMv… with part and features on ARM. */
export function formatCpuInfo(info: MinidumpSystemInfo): string | null {
  if (info.cpu === 'x86' || info.cpu === 'amd64') {
    const model = (info.processorRevision >> 8) & 0xff;
    const stepping = info.processorRevision & 0xff;
    const text = `family ${info.processorLevel} model ${model} stepping ${stepping}`;
    return info.cpu === 'x86' ? `${info.x86Vendor ?? ''} ${text}` : text;
  }
  if (info.cpu !== 'arm') return null;
  let text = `ARMv${info.processorLevel}`;
  const cpuId = info.armCpuId ?? 0;
  if (cpuId !== 0) {
    const vendor = (cpuId >>> 24) & 0xff;
    const part = (cpuId & 0xff00fff0) >>> 0;
    text += ` ${ARM_VENDORS.get(vendor) ?? `vendor(0x${vendor.toString(16)})`}`;
    text += ` ${ARM_PARTS.get(part) ?? `part(0x${part.toString(16)})`}`;
  }
  const hwcaps = (info.armElfHwcaps ?? 0) & ARM_KNOWN_HWCAP_MASK;
  if (hwcaps !== 0) {
    const features = ARM_HWCAPS.filter((_, bit) => (hwcaps & (1 << bit)) !== 0);
    text += ` features: ${features.join(',')}`;
  }
  return text;
}
