/**
 * `npm run bench -- stackwalk [--no-fresh] [--no-200mb]`: per-dump walk time over the corpus in
 * three settings: cold (a fresh supplier, so every .sym file is parsed again, in a process whose
 * JIT has already walked every dump once, untimed), warm (parsed symbol files kept in memory, as
 * in a long-lived processor) and fresh process (one walk in a new process: JIT cold, nothing
 * parsed; with that process's peak RSS). Then .sym parse throughput on the largest corpus file
 * and on a synthetic 200 MB file; and rust-minidump's minidump-stackwalk on the same dumps when
 * it is installed under /var/cache/cairn/rust-minidump (see docs/benchmarks.md). Every time is
 * given as wall time and CPU time: the machine is shared, and CPU time is the steadier of the
 * two. The reference's CPU time is its process's (user + system, from bash's `time`), ours is
 * this process's around the in-process call (the child's around the call for fresh process).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  createSymbolCache,
  createSymbolSupplier,
  readSymbolFile,
  stackwalkBytes,
} from '@cairn/minidump';
import { measureSyntheticSymParse } from './synthetic-sym.js';

const RUST_STACKWALK = '/var/cache/cairn/rust-minidump/bin/minidump-stackwalk';
const COLD_RUNS = 5;
const WARM_RUNS = 5;
const RUST_RUNS = 5;

/** One measurement: wall and CPU milliseconds. */
interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time and median CPU time of `timings` (each median taken on its own). */
function medianTiming(timings: readonly Timing[]): Timing {
  return {
    wallMs: median(timings.map((timing) => timing.wallMs)),
    cpuMs: median(timings.map((timing) => timing.cpuMs)),
  };
}

/** Wall and CPU time of `action`, run in this process. */
async function timeInProcess(action: () => Promise<unknown>): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await action();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function formatTiming({ wallMs, cpuMs }: Timing, digits = 1): string {
  return `${wallMs.toFixed(digits)} (${cpuMs.toFixed(digits)})`;
}

/** A walk in a fresh process (JIT cold, nothing parsed), with that process's peak RSS. */
function freshProcessWalk(dumpPath: string, symbolsPath: string): Timing & { peakRssMb: number } {
  const output = execFileSync(
    process.execPath,
    [
      '--conditions=@cairn/source',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'fresh-process-walk.ts'),
      dumpPath,
      symbolsPath,
    ],
    { encoding: 'utf8' },
  );
  const { wallMs, cpuMs, peakRssKib } = JSON.parse(output.trim()) as Timing & {
    peakRssKib: number;
  };
  return { wallMs, cpuMs, peakRssMb: peakRssKib / 1024 };
}

/**
 * One run of the reference as its own process, timed by bash (`TIMEFORMAT`: wall, user and
 * system seconds with millisecond precision) around /usr/bin/time (peak RSS in KiB).
 */
function rustRun(dumpPath: string, symbolsPath: string): Timing & { rssMb: number | undefined } {
  const withPeakRss = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M'] : [];
  const result = spawnSync(
    'bash',
    [
      '-c',
      'TIMEFORMAT="%3R %3U %3S"; time "$@" > /dev/null',
      'bash',
      ...withPeakRss,
      RUST_STACKWALK,
      '--json',
      dumpPath,
      symbolsPath,
    ],
    { encoding: 'utf8' },
  );
  const lines = result.stderr.trim().split('\n');
  const [wall, user, system] = (lines.pop() ?? '').split(' ').map(Number) as [
    number,
    number,
    number,
  ];
  const rssLine = lines.pop() ?? '';
  return {
    wallMs: wall * 1000,
    cpuMs: (user + system) * 1000,
    rssMb: withPeakRss.length > 0 && /^\d+$/.test(rssLine) ? Number(rssLine) / 1024 : undefined,
  };
}

/** Runs the benchmark and prints one table row per dump plus the parse throughputs. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const corpus = path.resolve(
    process.env.CAIRN_CONFORMANCE_DIR ?? path.join(process.cwd(), '..', 'shared'),
    'minidumps',
  );
  const symbolsPath = path.join(corpus, 'symbols');
  const dumps = readdirSync(corpus)
    .filter((name) => name.endsWith('.dmp'))
    .sort();
  const withRust = existsSync(RUST_STACKWALK);
  if (!withRust)
    console.log(
      `rust-minidump not installed at ${RUST_STACKWALK}: skipping the reference (cargo install minidump-stackwalk --root /var/cache/cairn/rust-minidump)`,
    );
  const warmSupplier = createSymbolCache({
    supplier: createSymbolSupplier({ symbolPaths: [symbolsPath] }),
    maxBytes: 512 * 1024 * 1024,
  });

  // One untimed walk of every dump first, so that "cold" measures parsing and walking, not
  // V8 compiling the code paths a dump happens to be the first to use.
  for (const name of dumps) {
    await stackwalkBytes(
      readFileSync(path.join(corpus, name)),
      createSymbolSupplier({ symbolPaths: [symbolsPath] }),
    );
  }
  console.log(
    '| dump | cold ms wall (cpu) | warm ms wall (cpu) | fresh process ms wall (cpu) | peak RSS MB | rust ms wall (cpu) | rust RSS MB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const totals = {
    cold: { wallMs: 0, cpuMs: 0 },
    warm: { wallMs: 0, cpuMs: 0 },
    rust: { wallMs: 0, cpuMs: 0 },
  };
  const addTo = (total: { wallMs: number; cpuMs: number }, timing: Timing): void => {
    total.wallMs += timing.wallMs;
    total.cpuMs += timing.cpuMs;
  };
  for (const name of dumps) {
    const dumpPath = path.join(corpus, name);
    const bytes = readFileSync(dumpPath);
    const coldRuns: Timing[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      coldRuns.push(
        await timeInProcess(() =>
          stackwalkBytes(bytes, createSymbolSupplier({ symbolPaths: [symbolsPath] })),
        ),
      );
    }
    await stackwalkBytes(bytes, warmSupplier);
    const warmRuns: Timing[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      warmRuns.push(await timeInProcess(() => stackwalkBytes(bytes, warmSupplier)));
    }
    const fresh = args.includes('--no-fresh') ? undefined : freshProcessWalk(dumpPath, symbolsPath);
    const rustRuns = withRust
      ? Array.from({ length: RUST_RUNS }, () => rustRun(dumpPath, symbolsPath))
      : [];
    const cold = medianTiming(coldRuns);
    const warm = medianTiming(warmRuns);
    const rust = rustRuns.length > 0 ? medianTiming(rustRuns) : undefined;
    addTo(totals.cold, cold);
    addTo(totals.warm, warm);
    if (rust) addTo(totals.rust, rust);
    console.log(
      `| ${name} | ${formatTiming(cold)} | ${formatTiming(warm, 2)} | ${fresh ? formatTiming(fresh, 0) : '-'} | ${fresh?.peakRssMb.toFixed(0) ?? '-'} | ${rust ? formatTiming(rust) : '-'} | ${rustRuns[0]?.rssMb?.toFixed(1) ?? '-'} |`,
    );
  }
  const total = ({ wallMs, cpuMs }: Timing): string =>
    `${wallMs.toFixed(0)} ms (cpu ${cpuMs.toFixed(0)})`;
  console.log(
    `total: cold ${total(totals.cold)}, warm ${total(totals.warm)}${withRust ? `, rust ${total(totals.rust)}` : ''}`,
  );

  const largest = readdirSync(symbolsPath, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sym'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const size = statSync(largest).size;
  const parseRuns: Timing[] = [];
  for (let run = 0; run < 5; run++)
    parseRuns.push(await timeInProcess(() => readSymbolFile(largest)));
  const parse = medianTiming(parseRuns);
  const rate = (milliseconds: number): string => (size / 1e6 / (milliseconds / 1000)).toFixed(0);
  console.log(
    `.sym parse, ${path.basename(largest)} (${(size / 1e6).toFixed(1)} MB), median of 5: ${rate(parse.wallMs)} MB/s wall (${rate(parse.cpuMs)} MB/s cpu)`,
  );
  if (!args.includes('--no-200mb')) {
    const synthetic = await measureSyntheticSymParse(200 * 1024 * 1024);
    const syntheticRate = (milliseconds: number): string =>
      (synthetic.bytes / 1e6 / (milliseconds / 1000)).toFixed(0);
    console.log(
      `.sym parse, synthetic ${(synthetic.bytes / 1e6).toFixed(0)} MB: ${syntheticRate(synthetic.wallMs)} MB/s wall (${syntheticRate(synthetic.cpuMs)} MB/s cpu)`,
    );
  }
}
