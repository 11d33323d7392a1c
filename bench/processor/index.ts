/**
 * `npm run bench -- processor [--rounds=N]`: crashes per second end to end (queue → processed
 * crash saved in storage, indexed and exported) over the shared minidump corpus with its
 * symbols, on the embedded adapters (files, SQLite), with 1 and 2 stack-walking threads; and,
 * when rust-minidump is installed, the reference approach's cost: a `minidump-stackwalk`
 * process per crash with the arguments Socorro passes it (the goal's comparison), and with the
 * fewest arguments (reported beside, a stricter comparison). Wall-clock crashes per second and
 * crashes per CPU second are reported (the machine is shared, so CPU time is the steadier
 * figure). The first corpus round is reported apart (cold symbol caches); the steady state is
 * what a long-lived processor sees, measured in windows that each alternate with reference runs
 * so the per-core ratios are paired. The stack walk alone is measured too, since the reference
 * figure covers only its stack walker.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import {
  createFsCrashStorage,
  createFsTelemetryStorage,
  createSilentLogger,
  createSqliteAppDb,
  createSqliteCrashQueue,
  createSqliteSearchIndex,
  systemClock,
  type CrashStorage,
} from '@cairn/core';
import {
  createInThreadStackWalker,
  createProductVersionLookup,
  processorConcurrency,
  createThreadPoolStackWalker,
  loadSignatureLists,
  startProcessorWorker,
} from '@cairn/processor';
import {
  hasReferenceStackwalk,
  runReferenceStackwalk,
  runReferenceStackwalkAsSocorro,
  RUST_STACKWALK,
} from './reference-stackwalk.js';

const SHARED = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(process.cwd(), '..', 'shared'),
);
const MINIDUMPS = path.join(SHARED, 'minidumps');
const SYMBOLS = path.join(MINIDUMPS, 'symbols');

interface Measured {
  readonly crashes: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}

function crashIdFor(index: number): string {
  const today = new Date().toISOString().slice(2, 10).replaceAll('-', '');
  return `bbbbbbbb-0000-4000-8000-${index.toString(16).padStart(6, '0')}${today}`;
}

/** Saves `count` crashes (the corpus in order, again and again) and returns their ids. */
async function saveCrashes(
  storage: CrashStorage,
  dumps: readonly Uint8Array[],
  firstIndex: number,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let index = firstIndex; index < firstIndex + count; index++) {
    const crashId = crashIdFor(index);
    await storage.saveRawCrash(
      crashId,
      {
        uuid: crashId,
        ProductName: 'Bench',
        Version: '1.0',
        submitted_timestamp: new Date().toISOString(),
      },
      new Map([['upload_file_minidump', dumps[index % dumps.length]!]]),
    );
    ids.push(crashId);
  }
  return ids;
}

/**
 * Benchmark directories, removed only at the end: for up to about five minutes after thousands
 * of files are deleted, this VM's ext4 (no journal) scans past their recently freed inodes on
 * every file it creates (`recently_deleted` in a perf profile), which would slow the next
 * measurement.
 */
const directoriesToRemove: string[] = [];

/**
 * ext4 without a journal does not reuse an inode freed in the last 60 seconds, or in the last
 * six minutes while its inode-table block is not yet written back, and checks every such inode
 * on each file it creates: right after a test run or an earlier benchmark deleted thousands of
 * files, creating a file cost 230 µs of CPU instead of 70 here. The reference's walker creates
 * no files, so that leftover would count against Cairn alone. The benchmark therefore writes
 * everything back (`sync`) when it starts and starts the processor no sooner than this long
 * after.
 */
const SETTLE_MS = 61_000;
let settledAt = 0;

function startSettling(): void {
  execFileSync('sync');
  settledAt = performance.now() + SETTLE_MS;
}

async function waitUntilSettled(): Promise<void> {
  const remaining = settledAt - performance.now();
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
}

/**
 * Untimed corpus rounds after the cold one. A processor runs for days, and V8 optimizes the
 * functions called once per crash only after a thousand or more calls: with `--trace-opt`, the
 * optimizing compiler still spent 0.74 ms per crash after 950 warm-up crashes, and still
 * compiled 32–37 functions per 760-crash window after 2,280 (60 rounds) but 12–18 after 5,700
 * (150 rounds): time that a long-lived processor does not pay.
 */
const WARM_UP_ROUNDS = 150;

/**
 * Measured windows per configuration, each paired with a reference run; the median of five
 * pairs, since this VM's cost of a file flush varies from window to window.
 */
const WINDOWS = 5;

/**
 * Starts a processor (no sooner than SETTLE_MS after the benchmark) with `threads`
 * stack-walking threads and the default concurrency, processes one corpus round to warm the
 * symbol caches (reported as the cold start), then WARM_UP_ROUNDS untimed rounds, then WINDOWS
 * measured windows of `rounds` rounds each (the steady state of a long-lived processor),
 * calling `afterWindow` after each.
 */
async function measureCairn(
  dumpPaths: readonly string[],
  rounds: number,
  threads: number,
  afterWindow: () => void,
): Promise<{ cold: Measured; warm: Measured[] }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'cairn-bench-processor-'));
  const storage = createFsCrashStorage(path.join(directory, 'crashes'));
  const queue = createSqliteCrashQueue({
    file: path.join(directory, 'queue.sqlite'),
    pollIntervalMs: 10,
  });
  const searchIndex = createSqliteSearchIndex({
    file: path.join(directory, 'search.sqlite'),
    retentionWeeks: 26,
  });
  const telemetry = createFsTelemetryStorage(path.join(directory, 'telemetry'));
  const appDb = createSqliteAppDb(path.join(directory, 'cairn.sqlite'));
  await appDb.migrate();
  const dumps = dumpPaths.map((dumpPath) => readFileSync(dumpPath));
  const coldIds = await saveCrashes(storage, dumps, 0, dumps.length);
  const warmUpIds = await saveCrashes(storage, dumps, dumps.length, dumps.length * WARM_UP_ROUNDS);
  const windowIds: string[][] = [];
  for (let window = 0; window < WINDOWS; window++) {
    const firstIndex = dumps.length * (1 + WARM_UP_ROUNDS + window * rounds);
    windowIds.push(await saveCrashes(storage, dumps, firstIndex, dumps.length * rounds));
  }

  // Waiting here, before the processor starts, leaves no idle pause between the warm-up and
  // the measured windows.
  await waitUntilSettled();
  const stackWalker = createThreadPoolStackWalker({
    threads,
    symbols: {
      paths: [SYMBOLS],
      urls: [],
      cacheDirectory: path.join(directory, 'symcache'),
      memoryBytes: 512 * 1024 * 1024,
    },
  });
  const metrics = new Registry();
  const worker = startProcessorWorker({
    storage,
    queue,
    searchIndex,
    telemetry,
    appDb,
    services: {
      stackWalker,
      signatureLists: await loadSignatureLists(),
      productVersions: createProductVersionLookup(appDb),
    },
    clock: systemClock,
    logger: createSilentLogger(),
    metrics,
    settings: {
      ruleset: 'default',
      crashTimeoutMs: 120_000,
      maxAttempts: 3,
      concurrency: processorConcurrency(threads),
      pollWaitMs: 10,
    },
  });
  const processed = async () =>
    (await metrics.getSingleMetric('cairn_processor_crashes_total')!.get()).values.find(
      (value) => value.labels.outcome === 'processed',
    )?.value ?? 0;
  const measure = async (ids: readonly string[], before: number): Promise<Measured> => {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await queue.publish('standard', ids);
    while ((await processed()) < before + ids.length)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const cpu = process.cpuUsage(cpuBefore);
    return {
      crashes: ids.length,
      wallSeconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
  };
  const cold = await measure(coldIds, 0);
  await measure(warmUpIds, coldIds.length);
  const warm: Measured[] = [];
  let before = coldIds.length + warmUpIds.length;
  for (const ids of windowIds) {
    warm.push(await measure(ids, before));
    before += ids.length;
    afterWindow();
  }
  await worker.stop();
  await stackWalker.close();
  await Promise.all([
    storage.close(),
    queue.close(),
    searchIndex.close(),
    telemetry.close(),
    appDb.close(),
  ]);
  directoriesToRemove.push(directory);
  return { cold, warm };
}

/**
 * The stack walk alone, in this thread with warm symbol caches, over `rounds` copies of the
 * corpus: the part of Cairn's work that the reference's subprocess does.
 */
async function measureWalkOnly(dumpPaths: readonly string[], rounds: number): Promise<Measured> {
  const walker = createInThreadStackWalker({
    paths: [SYMBOLS],
    urls: [],
    cacheDirectory: path.join(tmpdir(), 'cairn-bench-symcache'),
    memoryBytes: 512 * 1024 * 1024,
  });
  const dumps = dumpPaths.map((dumpPath) => readFileSync(dumpPath));
  for (let round = 0; round < 1 + WARM_UP_ROUNDS; round++) {
    for (const dump of dumps) await walker.walk(dump, { timeoutMs: 120_000 });
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const dump of dumps) await walker.walk(dump, { timeoutMs: 120_000 });
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    crashes: dumps.length * rounds,
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

function report(label: string, measured: Measured): void {
  const perSecond = measured.crashes / measured.wallSeconds;
  console.log(
    `${label.padEnd(42)} ${String(measured.crashes).padStart(5)} crashes  ${measured.wallSeconds.toFixed(2).padStart(7)} s  ${perSecond.toFixed(1).padStart(7)} crashes/s  ${perCpuSecond(measured).toFixed(1).padStart(7)} crashes/CPU-s`,
  );
}

/** Runs the benchmark. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const rounds = Number(args.find((arg) => arg.startsWith('--rounds='))?.split('=')[1] ?? 20);
  const dumpPaths = readdirSync(MINIDUMPS)
    .filter((name) => name.endsWith('.dmp'))
    .sort()
    .map((name) => path.join(MINIDUMPS, name));
  console.log(
    `corpus: ${dumpPaths.length} dumps, a cold round and ${WARM_UP_ROUNDS} untimed warm-up rounds, then ${WINDOWS} windows of ${rounds} measured rounds (the processor starting at least ${SETTLE_MS / 1000} s after a sync), symbols from ${SYMBOLS}`,
  );
  startSettling();
  try {
    await runMeasurements(dumpPaths, rounds);
  } finally {
    for (const directory of directoriesToRemove.splice(0)) {
      await rm(directory, { recursive: true, force: true });
    }
  }
}

async function runMeasurements(dumpPaths: readonly string[], rounds: number): Promise<void> {
  const hasReference = hasReferenceStackwalk();
  if (!hasReference) {
    console.log(
      `reference skipped: ${RUST_STACKWALK} is not installed (cargo install minidump-stackwalk --root /var/cache/cairn/rust-minidump)`,
    );
  }
  const all = Array.from({ length: rounds }, () => dumpPaths).flat();
  const socorroStems = hasReference ? await prepareSocorroInvocations(all) : [];
  for (const threads of [1, 2]) {
    // The host's speed drifts, so each measured window is followed by reference runs with as
    // many processes at a time as Cairn has stack-walking threads, and the ratios are paired.
    const reference: Measured[] = [];
    const lean: Measured[] = [];
    const { cold, warm } = await measureCairn(dumpPaths, rounds, threads, () => {
      if (!hasReference) return;
      reference.push(runReferenceStackwalkAsSocorro(socorroStems, SYMBOLS, threads));
      lean.push(runReferenceStackwalk(all, SYMBOLS, threads));
    });
    report(`cairn, ${threads} thread(s), first round (cold)`, cold);
    warm.forEach((measured, index) => {
      report(`cairn, ${threads} thread(s), steady state, window ${index + 1}`, measured);
      if (reference[index]) {
        report(`reference, ${threads} minidump-stackwalk at a time`, reference[index]);
        report(`  the same, leanest arguments`, lean[index]!);
      }
    });
    if (reference.length === warm.length) {
      reportRatios(
        `cairn, ${threads} thread(s), per core (crashes per CPU second) vs the reference in the paired runs`,
        warm,
        reference,
        ' (goal 2×)',
      );
      reportRatios(`  vs the leanest invocation`, warm, lean, '');
    }
  }
  report('cairn stack walk only (warm, 1 thread)', await measureWalkOnly(dumpPaths, rounds));
}

function reportRatios(
  label: string,
  cairn: readonly Measured[],
  reference: readonly Measured[],
  goal: string,
): void {
  const ratios = cairn.map(
    (measured, index) => perCpuSecond(measured) / perCpuSecond(reference[index]!),
  );
  console.log(
    `${label}: ${ratios.map((ratio) => `${ratio.toFixed(2)}×`).join(', ')}; median ${median(ratios).toFixed(2)}×${goal}`,
  );
}

/**
 * The stems runReferenceStackwalkAsSocorro walks, one per entry of `dumpPaths`: a link to the
 * dump and a raw crash beside it, in a directory removed at the end.
 */
async function prepareSocorroInvocations(dumpPaths: readonly string[]): Promise<string[]> {
  const directory = await mkdtemp(path.join(tmpdir(), 'cairn-bench-reference-'));
  directoriesToRemove.push(directory);
  return dumpPaths.map((dumpPath, index) => {
    const stem = path.join(directory, String(index));
    symlinkSync(dumpPath, `${stem}.dmp`);
    const crashId = crashIdFor(index);
    writeFileSync(
      `${stem}.json`,
      JSON.stringify({ uuid: crashId, ProductName: 'Bench', Version: '1.0' }),
    );
    return stem;
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function perCpuSecond(measured: Measured): number {
  return measured.crashes / measured.cpuSeconds;
}
