/**
 * Child process of the `symbols` benchmark: parses one .sym file from disk `repeat` times and
 * prints one JSON line with, each as wall and CPU time: the first parse (cold JIT), the median
 * of the later parses (warm, as in a long-lived processor; the garbage collections the parses
 * cause land in them and count), and the median of three parses that each follow a forced full
 * GC (see docs/decisions.md: a full GC between parses frees V8's hidden classes of the parser's
 * objects and with them its optimized code). Then the ArrayBuffer bytes the last parse's index
 * keeps alive after a full GC, and the process's peak RSS. Run with `--expose-gc`.
 */
import { stat } from 'node:fs/promises';
import { readSymbolFile, type SymbolFile } from '@cairn/minidump';

const [file, repeatText = '3'] = process.argv.slice(2);
const collect = (globalThis as { gc?: () => void }).gc;
if (file === undefined || collect === undefined) {
  console.error('usage: node --expose-gc measure-parse.ts <file.sym> [repeat]');
  process.exit(2);
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/**
 * Bytes in ArrayBuffers after full GCs: where an index keeps all its data. Freed backing stores
 * are released asynchronously, hence the pause between collections.
 */
async function memoryNow(): Promise<number> {
  collect!();
  await new Promise((resolve) => setTimeout(resolve, 200));
  collect!();
  return process.memoryUsage().arrayBuffers;
}

/**
 * The index of the last parse. Only one index is alive at a time (the previous one is dropped
 * before the next parse), as in a processor that parses a file it does not have cached.
 */
let kept: SymbolFile | null = null;

/** One timed parse; its index replaces `kept`. */
async function timedParse(): Promise<Timing> {
  kept = null;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  kept = await readSymbolFile(file!);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The median of `values` (the mean of the middle two for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median wall time and median CPU time (each taken on its own). */
function medianTiming(timings: readonly Timing[]): Timing {
  return {
    wallMs: median(timings.map((timing) => timing.wallMs)),
    cpuMs: median(timings.map((timing) => timing.cpuMs)),
  };
}

const { size } = await stat(file);
const baseline = await memoryNow();
const cold = await timedParse();
const warmRuns: Timing[] = [];
for (let run = 1; run < Math.max(2, Number(repeatText)); run++) warmRuns.push(await timedParse());
const afterFullGcRuns: Timing[] = [];
for (let run = 0; run < 3; run++) {
  collect();
  afterFullGcRuns.push(await timedParse());
}
const retainedBytes = (await memoryNow()) - baseline;
const { estimatedBytes, functionCount, stats } = kept!;
console.log(
  JSON.stringify({
    bytes: size,
    cold,
    warm: medianTiming(warmRuns),
    afterFullGc: medianTiming(afterFullGcRuns),
    retainedBytes,
    estimatedBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    functions: functionCount,
    corrupt: stats.corrupt,
  }),
);
