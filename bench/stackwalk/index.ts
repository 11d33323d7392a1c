/**
 * `npm run bench -- stackwalk [--no-fresh] [--no-200mb]`: per-dump walk time over the corpus in
 * three settings: cold (a fresh supplier, so every .sym file is parsed again), warm (parsed
 * symbol files kept in memory by a `createSymbolCache` supplier, as in a long-lived processor)
 * and fresh process (one walk in a new process: JIT cold, nothing parsed; with that process's
 * peak RSS). Cold and warm run in this process after JIT_WARMUP_ROUNDS untimed rounds over the
 * corpus (both settings), so they measure a processor that has been running for a while, not
 * V8 compiling code paths; each is the median of five batches, a batch being the mean of several
 * consecutive walks of the dump, so the garbage collections the walks cause count in full while
 * a stray pause (the machine is shared) does not decide the result. Then .sym parse throughput
 * on the largest corpus file and on a synthetic 200 MB file; and rust-minidump's
 * minidump-stackwalk on the same dumps when it is installed under /var/cache/cairn/rust-minidump
 * (see docs/benchmarks.md). Every time is given as wall time and CPU time: the machine is shared,
 * and CPU time is the steadier of the two. The reference's CPU time is its process's (user +
 * system, from bash's `time`), ours is this process's around the in-process calls (the child's
 * around the call for fresh process).
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
/** Untimed rounds over the whole corpus, cold and warm, before anything is timed. */
const JIT_WARMUP_ROUNDS = 5;
const BATCHES = 5;
const COLD_WALKS_PER_BATCH = 3;
const WARM_WALKS_PER_BATCH = 10;
const RUST_RUNS = 5;
const PARSE_RUNS = 7;

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
  return timeBatch(1, action);
}

/** Mean wall and CPU time of `count` consecutive runs of `action`, timed together. */
async function timeBatch(count: number, action: () => Promise<unknown>): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let run = 0; run < count; run++) await action();
  const wallMs = (performance.now() - started) / count;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 / count };
}

/** Median over BATCHES batches of `walksPerBatch` walks each (see the module comment). */
async function medianOfBatches(
  walksPerBatch: number,
  walk: () => Promise<unknown>,
): Promise<Timing> {
  const batches: Timing[] = [];
  for (let batch = 0; batch < BATCHES; batch++) batches.push(await timeBatch(walksPerBatch, walk));
  return medianTiming(batches);
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

  const inputs = dumps.map((name) => ({
    name,
    path: path.join(corpus, name),
    bytes: readFileSync(path.join(corpus, name)),
  }));
  const coldWalk = (bytes: Uint8Array) => () =>
    stackwalkBytes(bytes, createSymbolSupplier({ symbolPaths: [symbolsPath] }));
  const warmWalk = (bytes: Uint8Array) => () => stackwalkBytes(bytes, warmSupplier);
  for (let round = 0; round < JIT_WARMUP_ROUNDS; round++) {
    for (const { bytes } of inputs) {
      await coldWalk(bytes)();
      await warmWalk(bytes)();
    }
  }
  // Cold first for every dump, then warm: the cold walks' garbage (parsed files) would
  // otherwise be collected during the next dump's warm walks.
  const coldTimes = new Map<string, Timing>();
  for (const { name, bytes } of inputs) {
    coldTimes.set(name, await medianOfBatches(COLD_WALKS_PER_BATCH, coldWalk(bytes)));
  }
  const warmTimes = new Map<string, Timing>();
  for (const { name, bytes } of inputs) {
    warmTimes.set(name, await medianOfBatches(WARM_WALKS_PER_BATCH, warmWalk(bytes)));
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
  let worstWarmRatio = { name: '', wall: 0, cpu: 0 };
  let worstColdRatio = { name: '', wall: 0, cpu: 0 };
  for (const { name, path: dumpPath } of inputs) {
    const fresh = args.includes('--no-fresh') ? undefined : freshProcessWalk(dumpPath, symbolsPath);
    const rustRuns = withRust
      ? Array.from({ length: RUST_RUNS }, () => rustRun(dumpPath, symbolsPath))
      : [];
    const cold = coldTimes.get(name)!;
    const warm = warmTimes.get(name)!;
    const rust = rustRuns.length > 0 ? medianTiming(rustRuns) : undefined;
    addTo(totals.cold, cold);
    addTo(totals.warm, warm);
    if (rust) {
      addTo(totals.rust, rust);
      const ratio = (ours: Timing) => ({
        name,
        wall: ours.wallMs / rust.wallMs,
        cpu: ours.cpuMs / rust.cpuMs,
      });
      const worse = (a: typeof worstWarmRatio, b: typeof worstWarmRatio) =>
        Math.max(b.wall, b.cpu) > Math.max(a.wall, a.cpu) ? b : a;
      worstWarmRatio = worse(worstWarmRatio, ratio(warm));
      worstColdRatio = worse(worstColdRatio, ratio(cold));
    }
    console.log(
      `| ${name} | ${formatTiming(cold)} | ${formatTiming(warm, 2)} | ${fresh ? formatTiming(fresh, 0) : '-'} | ${fresh?.peakRssMb.toFixed(0) ?? '-'} | ${rust ? formatTiming(rust) : '-'} | ${rustRuns[0]?.rssMb?.toFixed(1) ?? '-'} |`,
    );
  }
  if (withRust) {
    const ratioText = ({ name, wall, cpu }: typeof worstWarmRatio): string =>
      `${wall.toFixed(2)}× wall, ${cpu.toFixed(2)}× cpu (${name})`;
    console.log(
      `worst per-dump ratio to the reference: warm ${ratioText(worstWarmRatio)}; cold ${ratioText(worstColdRatio)}`,
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
  for (let run = 0; run < PARSE_RUNS; run++)
    parseRuns.push(await timeInProcess(() => readSymbolFile(largest)));
  const parse = medianTiming(parseRuns);
  const rate = (milliseconds: number): string => (size / 1e6 / (milliseconds / 1000)).toFixed(0);
  console.log(
    `.sym parse, ${path.basename(largest)} (${(size / 1e6).toFixed(1)} MB), median of ${PARSE_RUNS}: ${rate(parse.wallMs)} MB/s wall (${rate(parse.cpuMs)} MB/s cpu)`,
  );
  if (!args.includes('--no-200mb')) {
    const synthetic = await measureSyntheticSymParse(200 * 1024 * 1024);
    const syntheticRate = (milliseconds: number): string =>
      (synthetic.bytes / 1e6 / (milliseconds / 1000)).toFixed(0);
    console.log(
      `.sym parse, synthetic ${(synthetic.bytes / 1e6).toFixed(0)} MB, median of 3: ${syntheticRate(synthetic.wallMs)} MB/s wall (${syntheticRate(synthetic.cpuMs)} MB/s cpu)`,
    );
  }
}
