/**
 * Synthetic processed crashes with realistic distributions: four products, dozens of
 * versions, four platforms, ~20,000 signatures drawn from a Zipf distribution, about 40
 * populated fields and a 15-frame crashing stack, spread over 30 days and generated in the
 * order a processor would index them (oldest first, give or take a few minutes). Seeded, so
 * every run indexes the same crashes.
 */
import type { ProcessedCrash } from '@cairn/core';

const DAY_MS = 86_400_000;

/** A small fast seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws indexes 0…n-1 with probability ∝ 1/(i+1)^exponent. */
function zipfSampler(n: number, exponent: number): (random: number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1) ** exponent;
  return (random) => {
    const target = random * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function weighted<T>(choices: readonly (readonly [T, number])[]): (random: number) => T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let target = random * total;
    for (const [value, weight] of choices) if ((target -= weight) < 0) return value;
    return choices.at(-1)![0];
  };
}

const NAMESPACES = ['mozilla', 'js', 'gfx', 'dom', 'net', 'ipc', 'layers', 'wr', 'media', 'widget'];
const CLASSES = [
  'Document',
  'Element',
  'Compositor',
  'Channel',
  'Runtime',
  'Worker',
  'Frame',
  'Texture',
  'Decoder',
  'Window',
  'Layer',
  'Scheduler',
  'Actor',
  'Parser',
  'Heap',
];
const METHODS = [
  'Run',
  'Init',
  'Destroy',
  'Paint',
  'Flush',
  'Dispatch',
  'Recv',
  'Send',
  'Update',
  'Commit',
  'Decode',
  'Alloc',
  'Free',
  'Mark',
  'Sweep',
  'Resolve',
  'Load',
  'Close',
];
const MODULES = [
  'xul.dll',
  'ntdll.dll',
  'kernelbase.dll',
  'mozglue.dll',
  'libxul.so',
  'XUL',
  'libc.so.6',
  'nss3.dll',
  'd3d11.dll',
  'libGLESv2.dll',
];

/** A function name, distinct for every index. */
function functionName(index: number): string {
  const namespace = NAMESPACES[index % NAMESPACES.length]!;
  const cls = CLASSES[Math.floor(index / NAMESPACES.length) % CLASSES.length]!;
  const method =
    METHODS[Math.floor(index / (NAMESPACES.length * CLASSES.length)) % METHODS.length]!;
  const variant = Math.floor(index / (NAMESPACES.length * CLASSES.length * METHODS.length));
  return `${namespace}::${cls}::${method}${variant === 0 ? '' : variant}`;
}

const SIGNATURE_COUNT = 20_000;
const FUNCTION_COUNT = 60_000;

/** A function that appears on roughly 2 % of stacks, for the function-in-stack query. */
export const TRACKED_FUNCTION = 'nsDocShell::InternalLoad';

const PRODUCTS = weighted([
  ['Firefox', 70],
  ['Fenix', 20],
  ['Thunderbird', 7],
  ['Focus', 3],
] as const);
const DESKTOP_PLATFORMS = weighted([
  ['Windows NT', 72],
  ['Mac OS X', 17],
  ['Linux', 11],
] as const);
const CHANNELS = weighted([
  ['release', 70],
  ['beta', 15],
  ['nightly', 10],
  ['esr', 5],
] as const);
const PROCESS_TYPES = weighted([
  ['parent', 45],
  ['content', 40],
  ['gpu', 10],
  ['utility', 5],
] as const);
const REASONS = [
  'EXCEPTION_ACCESS_VIOLATION_READ',
  'SIGSEGV /SEGV_MAPERR',
  'EXCEPTION_BREAKPOINT',
  'SIGABRT',
  'EXC_BAD_ACCESS / KERN_INVALID_ADDRESS',
];

/** Versions of a product: dozens, the newest most common. */
function versionsOf(product: string): readonly string[] {
  const versions: string[] = [];
  for (let major = 134; major >= 115; major--) {
    versions.push(`${major}.0`, `${major}.0.1`);
    if (product === 'Firefox') versions.push(`${major}.0b${(major % 9) + 1}`, `${major}.0a1`);
  }
  return versions;
}
const VERSIONS = new Map(
  ['Firefox', 'Fenix', 'Thunderbird', 'Focus'].map((p) => [p, versionsOf(p)]),
);

/** Generates crashes one batch at a time. */
export class CrashGenerator {
  private readonly random: () => number;
  private readonly signature = zipfSampler(SIGNATURE_COUNT, 1.05);
  private readonly stackFunction = zipfSampler(FUNCTION_COUNT, 0.9);
  private readonly version = zipfSampler(80, 1.2);
  private produced = 0;

  constructor(
    private readonly nowMs: number,
    private readonly total: number,
    seed = 20240313,
  ) {
    this.random = seededRandom(seed);
  }

  /** The next `count` crashes. */
  next(count: number): ProcessedCrash[] {
    return Array.from({ length: count }, () => this.crash(this.produced++));
  }

  private crash(n: number): ProcessedCrash {
    const r = this.random;
    const product = PRODUCTS(r());
    const mobile = product === 'Fenix' || product === 'Focus';
    const versions = VERSIONS.get(product)!;
    const version = versions[this.version(r()) % versions.length]!;
    const platform = mobile ? 'Android' : DESKTOP_PLATFORMS(r());
    const signatureIndex = this.signature(r());
    const top = functionName(signatureIndex * 3);
    const signature =
      signatureIndex % 7 === 0
        ? `OOM | small | ${top}`
        : `${top} | ${functionName(signatureIndex * 3 + 1)}`;
    const frames = Array.from({ length: 15 }, (_, i) => {
      const fn =
        i === 0
          ? top
          : i === 5 && r() < 0.02
            ? TRACKED_FUNCTION
            : functionName(this.stackFunction(r()));
      return {
        frame: i,
        function: fn,
        module: MODULES[(signatureIndex + i) % MODULES.length],
        file: `src/${fn.split('::')[0]}/${i}.cpp`,
        line: 10 + i,
      };
    });
    const age = (1 - n / this.total) * 30 * DAY_MS + r() * 10 * 60_000;
    const dateMs = Math.min(this.nowMs, Math.floor(this.nowMs - age));
    const uptime = Math.floor(-Math.log(1 - r()) * 600);
    const memory = 2 ** (32 + Math.floor(r() * 4));
    return {
      uuid: `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-8${hex(r, 3)}-${hex(r, 6)}${String(n % 1_000_000).padStart(6, '0')}`,
      date_processed: new Date(dateMs).toISOString(),
      product,
      version,
      major_version: Number.parseInt(version, 10),
      release_channel: CHANNELS(r()),
      build: 20240101000000 + Math.floor(r() * 300) * 10000,
      os_name: platform,
      os_version: mobile ? String(28 + Math.floor(r() * 6)) : `10.0.${19040 + Math.floor(r() * 6)}`,
      os_pretty_version: mobile ? 'Android' : platform === 'Windows NT' ? 'Windows 10' : platform,
      cpu_arch: mobile ? 'arm64' : r() < 0.9 ? 'amd64' : 'x86',
      cpu_info: `family 6 model ${Math.floor(r() * 200)} stepping ${Math.floor(r() * 10)}`,
      process_type: PROCESS_TYPES(r()),
      signature,
      proto_signature: frames
        .slice(0, 8)
        .map((frame) => frame.function)
        .join(' | '),
      reason: REASONS[signatureIndex % REASONS.length],
      address: `0x${hex(r, 8)}`,
      crashing_thread: Math.floor(r() * 40),
      uptime,
      uptime_ts: uptime + r(),
      install_age: Math.floor(r() * 3_000_000),
      install_time: 1_700_000_000 + Math.floor(r() * 20_000_000),
      startup_crash: uptime < 10,
      addons: Array.from(
        { length: Math.floor(r() * 4) },
        (_, i) => `addon${Math.floor(r() * 500)}@example.com:${i}.0`,
      ),
      adapter_vendor_id: ['0x8086', '0x10de', '0x1002'][Math.floor(r() * 3)],
      adapter_device_id: `0x${hex(r, 4)}`,
      adapter_driver_version: `31.0.${Math.floor(r() * 100)}.${Math.floor(r() * 9000)}`,
      total_physical_memory: memory,
      available_physical_memory: Math.floor(memory * r()),
      available_virtual_memory: Math.floor(memory * 4 * r()),
      system_memory_use_percentage: Math.floor(r() * 100),
      moz_crash_reason: signatureIndex % 11 === 0 ? `MOZ_RELEASE_ASSERT(${top})` : undefined,
      modules_in_stack: frames
        .slice(0, 4)
        .map((frame) => `${frame.module}/${hex(r, 8)}`)
        .join(';'),
      topmost_filenames: frames[0]!.file,
      crash_report_keys: ['ProductName', 'Version', 'BuildID', 'upload_file_minidump'],
      useragent_locale: r() < 0.6 ? 'en-US' : 'de',
      distribution_id: 'mozilla',
      dom_fission_enabled: r() < 0.8,
      processor_notes: 'benchmark',
      json_dump: {
        system_info: { cpu_count: 2 ** Math.floor(r() * 5) },
        crashing_thread: { frames },
      },
    };
  }
}

function hex(random: () => number, digits: number): string {
  let text = '';
  for (let i = 0; i < digits; i++) text += Math.floor(random() * 16).toString(16);
  return text;
}
