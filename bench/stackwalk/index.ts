/**
 * `npm run bench -- stackwalk`: per-dump walk time over the corpus, cold (a fresh supplier,
 * nothing parsed) and warm (parsed symbol files kept in memory, as in a long-lived processor);
 * peak RSS per dump in a child process; .sym parse throughput on the largest corpus file and on
 * a synthetic 200 MB file; and rust-minidump's minidump-stackwalk on the same dumps when it is
 * installed under /var/cache/cairn/rust-minidump (see docs/benchmarks.md).
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
const COLD_RUNS = 3;
const WARM_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function peakRssMb(dumpPath: string, symbolsPath: string): number {
  const output = execFileSync(
    process.execPath,
    [
      '--conditions=@cairn/source',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'peak-rss.ts'),
      dumpPath,
      symbolsPath,
    ],
    { encoding: 'utf8' },
  );
  return Number(output.trim()) / 1024;
}

function rustRun(dumpPath: string, symbolsPath: string): { ms: number; rssMb: number | undefined } {
  const started = performance.now();
  const result = existsSync('/usr/bin/time')
    ? spawnSync('/usr/bin/time', ['-f', '%M', RUST_STACKWALK, '--json', dumpPath, symbolsPath], {
        encoding: 'utf8',
      })
    : spawnSync(RUST_STACKWALK, ['--json', dumpPath, symbolsPath], { encoding: 'utf8' });
  const ms = performance.now() - started;
  const lastLine = result.stderr.trim().split('\n').pop() ?? '';
  return { ms, rssMb: /^\d+$/.test(lastLine) ? Number(lastLine) / 1024 : undefined };
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

  console.log('| dump | cold ms | warm ms | peak RSS MB | rust ms | rust RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const totals = { cold: 0, warm: 0, rust: 0 };
  for (const name of dumps) {
    const dumpPath = path.join(corpus, name);
    const bytes = readFileSync(dumpPath);
    const cold: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      const started = performance.now();
      await stackwalkBytes(bytes, createSymbolSupplier({ symbolPaths: [symbolsPath] }));
      cold.push(performance.now() - started);
    }
    await stackwalkBytes(bytes, warmSupplier);
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      const started = performance.now();
      await stackwalkBytes(bytes, warmSupplier);
      warm.push(performance.now() - started);
    }
    const rss = args.includes('--no-rss') ? undefined : peakRssMb(dumpPath, symbolsPath);
    const rust = withRust
      ? [
          rustRun(dumpPath, symbolsPath),
          rustRun(dumpPath, symbolsPath),
          rustRun(dumpPath, symbolsPath),
        ]
      : [];
    const rustMs = rust.length === 0 ? undefined : median(rust.map((run) => run.ms));
    totals.cold += median(cold);
    totals.warm += median(warm);
    totals.rust += rustMs ?? 0;
    console.log(
      `| ${name} | ${median(cold).toFixed(1)} | ${median(warm).toFixed(2)} | ${rss?.toFixed(0) ?? '-'} | ${rustMs?.toFixed(1) ?? '-'} | ${rust[0]?.rssMb?.toFixed(1) ?? '-'} |`,
    );
  }
  console.log(
    `total: cold ${totals.cold.toFixed(0)} ms, warm ${totals.warm.toFixed(0)} ms${withRust ? `, rust ${totals.rust.toFixed(0)} ms` : ''}`,
  );

  const largest = readdirSync(symbolsPath, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sym'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const size = statSync(largest).size;
  const parseRuns: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await readSymbolFile(largest);
    parseRuns.push(performance.now() - started);
  }
  console.log(
    `.sym parse, ${path.basename(largest)} (${(size / 1e6).toFixed(1)} MB): ${(size / 1e6 / (median(parseRuns) / 1000)).toFixed(0)} MB/s`,
  );
  if (!args.includes('--no-200mb')) {
    const synthetic = await measureSyntheticSymParse(200 * 1024 * 1024);
    console.log(
      `.sym parse, synthetic ${(synthetic.bytes / 1e6).toFixed(0)} MB: ${synthetic.megabytesPerSecond.toFixed(0)} MB/s`,
    );
  }
}
