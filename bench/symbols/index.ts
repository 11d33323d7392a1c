/**
 * `npm run bench -- symbols [--regenerate] [--runs=N]`: Breakpad .sym parse throughput and index
 * memory. Parses (1) the largest .sym file of the shared corpus and (2) a synthetic 200 MB
 * libxul-like file generated once under the OS temp directory, N times each in a fresh child
 * process (so peak RSS belongs to those parses alone), then three times more, each right after
 * a forced full GC. Reports the first (cold JIT) parse, the median of the later ones (warm, as
 * in a long-lived processor, garbage collections included) and the median of those after a full
 * GC, as wall time and CPU time (the machine is shared, so CPU time is the steadier number), the
 * ArrayBuffer bytes the index keeps alive after GC (all of its data lives in typed arrays), its
 * own estimate (`estimatedBytes`) and peak RSS, each against the file size. Goal: ≥ 100 MB/s.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeSyntheticSymFile } from './synthetic-sym-file.js';

const run = promisify(execFile);
const SYNTHETIC_BYTES = 200 * 1024 * 1024;

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

interface Measurement {
  readonly bytes: number;
  readonly cold: Timing;
  readonly warm: Timing;
  readonly afterFullGc: Timing;
  readonly retainedBytes: number;
  readonly estimatedBytes: number;
  readonly peakRssBytes: number;
  readonly functions: number;
  readonly corrupt: boolean;
}

/** Runs the benchmark; see the module comment for the flags. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5);
  const corpus = path.resolve(
    process.env.CAIRN_CONFORMANCE_DIR ?? path.join(process.cwd(), '..', 'shared'),
    'minidumps',
    'symbols',
  );
  const targets: { label: string; file: string }[] = [];
  const largest = largestSymFile(corpus);
  if (largest) targets.push({ label: `corpus ${path.basename(largest)}`, file: largest });
  else console.log(`no corpus .sym files under ${corpus}; measuring the synthetic file only`);

  const synthetic = path.join(os.tmpdir(), 'cairn-bench-symbols-200mb.sym');
  if (args.includes('--regenerate') || !existsSync(synthetic)) {
    console.log(`writing ${synthetic} …`);
    await writeSyntheticSymFile(synthetic, SYNTHETIC_BYTES);
  }
  targets.push({ label: 'synthetic libxul-like', file: synthetic });

  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}, load ${os.loadavg()[0]!.toFixed(1)}; ${runs} parses per file (30 for small files) in one fresh process: cold = the first, warm = the median of the others, after full GC = the median of three parses that each follow a forced full GC`,
  );
  console.log(
    '| file | size | cold wall (cpu) | warm wall (cpu) | warm MB/s wall (cpu) | after full GC wall (cpu) | index arrays retained | estimatedBytes | peak RSS |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { label, file } of targets) {
    // Small files parse in milliseconds: V8 is still optimizing the parser during the first ten
    // or so (a 4 MB file went 180, 95, 80, 60… 48 ms), which a long-lived processor is past.
    const result = await measure(file, statSync(file).size < 50e6 ? Math.max(runs, 30) : runs);
    const megabytes = result.bytes / 1e6;
    const rate = (milliseconds: number): string => (megabytes / (milliseconds / 1000)).toFixed(0);
    const ratio = (value: number): string =>
      `${(value / 1e6).toFixed(1)} MB (${(value / result.bytes).toFixed(2)}×)`;
    const timing = ({ wallMs, cpuMs }: Timing): string =>
      `${wallMs.toFixed(0)} ms (${cpuMs.toFixed(0)})`;
    console.log(
      `| ${label} | ${megabytes.toFixed(1)} MB | ${timing(result.cold)} | ${timing(result.warm)} | ${rate(result.warm.wallMs)} (${rate(result.warm.cpuMs)}) | ${timing(result.afterFullGc)} | ${ratio(result.retainedBytes)} | ${ratio(result.estimatedBytes)} | ${ratio(result.peakRssBytes)} |`,
    );
  }
}

/** Parses `file` `runs` times in a fresh node process and returns what it measured. */
async function measure(file: string, runs: number): Promise<Measurement> {
  const { stdout } = await run(
    process.execPath,
    [
      '--expose-gc',
      '--conditions=@cairn/source',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'measure-parse.ts'),
      file,
      String(Math.max(2, runs)),
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measurement;
}

/** The largest .sym file under `directory`, or null. */
function largestSymFile(directory: string): string | null {
  if (!existsSync(directory)) return null;
  let best: { file: string; size: number } | null = null;
  const walk = (current: string): void => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else if (entry.endsWith('.sym') && (best === null || info.size > best.size))
        best = { file: full, size: info.size };
    }
  };
  walk(directory);
  return (best as { file: string } | null)?.file ?? null;
}
