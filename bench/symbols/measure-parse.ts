/**
 * Child process of the `symbols` benchmark: parses one .sym file from disk `repeat` times and
 * prints one JSON line: the first (cold JIT) and the later parse that used the least CPU (warm),
 * each as wall and CPU
 * time, the ArrayBuffer bytes the last parse's index keeps alive after a forced GC, and the process's peak
 * RSS. Run with `--expose-gc`.
 */
import { stat } from 'node:fs/promises';
import { readSymbolFile, type SymbolFile } from '@cairn/minidump';

const [file, repeatText = '3'] = process.argv.slice(2);
const collect = (globalThis as { gc?: () => void }).gc;
if (file === undefined || collect === undefined) {
  console.error('usage: node --expose-gc measure-parse.ts <file.sym> [repeat]');
  process.exit(2);
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

/** One timed parse. */
async function timedParse(): Promise<{ symbols: SymbolFile; wallMs: number; cpuMs: number }> {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const symbols = await readSymbolFile(file!);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  return { symbols, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const { size } = await stat(file);
const baseline = await memoryNow();
const first = await timedParse();
const cold = { wallMs: first.wallMs, cpuMs: first.cpuMs };
let kept: SymbolFile = first.symbols;
first.symbols = null as unknown as SymbolFile;
let warm = { wallMs: Infinity, cpuMs: Infinity };
for (let run = 1; run < Number(repeatText); run++) {
  kept = null as unknown as SymbolFile;
  collect();
  const next = await timedParse();
  if (next.cpuMs < warm.cpuMs) warm = { wallMs: next.wallMs, cpuMs: next.cpuMs };
  kept = next.symbols;
}
const retainedBytes = (await memoryNow()) - baseline;
const { estimatedBytes, functionCount, stats } = kept;
console.log(
  JSON.stringify({
    bytes: size,
    cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs },
    warm,
    retainedBytes,
    estimatedBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    functions: functionCount,
    corrupt: stats.corrupt,
  }),
);
