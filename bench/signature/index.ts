/**
 * `npm run bench -- signature`: signatures per second of CPU time, on one thread. Two workloads: the stack-walker output
 * of every shared minidump (../shared/minidumps/expected/*.json, fed as processed crashes, so
 * buildSignatureCrashData is included) with Cairn's lists and with the reference lists; and the
 * inputs of the shared signature vectors. Also the time to load and compile each list set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSignatureCrashData,
  createSignatureLists,
  generateSignature,
  loadSignatureLists,
  type SignatureCrashData,
  type SignatureLists,
  type SignatureSentinel,
} from '@cairn/processor';

const ROUNDS = 7;
const MIN_ROUND_MS = 400;

interface Workload {
  readonly name: string;
  readonly items: readonly { crashData: () => SignatureCrashData; lists: SignatureLists }[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Signatures per second of CPU time (user + system of this process), median over rounds each
 * repeating the workload for at least 400 ms; CPU time rather than wall time, so that other
 * work on a shared machine does not count against the generator.
 */
function signaturesPerCpuSecond(workload: Workload): number {
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let count = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    while (performance.now() - started < MIN_ROUND_MS) {
      for (const item of workload.items) {
        generateSignature(item.crashData(), item.lists);
        count++;
      }
    }
    const cpu = process.cpuUsage(cpuStarted);
    rates.push((count * 1e6) / (cpu.user + cpu.system));
  }
  return median(rates);
}

async function timeMs(action: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await action();
    times.push(performance.now() - started);
  }
  return median(times);
}

function minidumpWorkload(directory: string, name: string, lists: SignatureLists): Workload {
  const items = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const jsonDump: unknown = JSON.parse(readFileSync(path.join(directory, file), 'utf8'));
      return { crashData: () => buildSignatureCrashData({ json_dump: jsonDump }), lists };
    });
  return { name, items };
}

interface VectorCase {
  siglists: 'default' | Record<string, (string | { sentinel: string; if_frame_present: string })[]>;
  input: SignatureCrashData;
}

function vectorWorkload(file: string, referenceLists: SignatureLists): Workload {
  const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: VectorCase[] }).cases;
  const items = cases.map((testCase) => {
    const lists =
      testCase.siglists === 'default'
        ? referenceLists
        : createSignatureLists(
            {
              irrelevant: testCase.siglists.irrelevant as string[],
              prefix: testCase.siglists.prefix as string[],
              lineNumbers: testCase.siglists.line_numbers as string[],
              sentinels: testCase.siglists.sentinels!.map((s): SignatureSentinel =>
                typeof s === 'string'
                  ? s
                  : { sentinel: s.sentinel, ifFramePresent: s.if_frame_present },
              ),
            },
            'case lists',
          );
    return { crashData: () => testCase.input, lists };
  });
  return { name: 'shared signature vectors (their lists)', items };
}

/** Runs the benchmark and prints one line per workload. */
export async function runBenchmark(): Promise<void> {
  const shared = path.resolve(
    process.env.CAIRN_CONFORMANCE_DIR ?? path.join(process.cwd(), '..', 'shared'),
  );
  const referenceDir = path.join(shared, 'socorro-data', 'siglists');
  if (!existsSync(referenceDir)) {
    console.log(`skipped: no shared data in ${shared} (set CAIRN_CONFORMANCE_DIR)`);
    return;
  }
  const cairnLists = await loadSignatureLists();
  const referenceLists = await loadSignatureLists(referenceDir);
  console.log(
    `load + compile Cairn lists:     ${(await timeMs(() => loadSignatureLists())).toFixed(2)} ms`,
  );
  console.log(
    `load + compile reference lists: ${(await timeMs(() => loadSignatureLists(referenceDir))).toFixed(2)} ms`,
  );
  const dumps = path.join(shared, 'minidumps', 'expected');
  const workloads = [
    minidumpWorkload(dumps, 'corpus stackwalk output, Cairn lists', cairnLists),
    minidumpWorkload(dumps, 'corpus stackwalk output, reference lists', referenceLists),
    vectorWorkload(path.join(shared, 'socorro-data', 'signature-cases.json'), referenceLists),
  ];
  for (const workload of workloads) {
    const rate = signaturesPerCpuSecond(workload);
    console.log(
      `${workload.name.padEnd(42)} ${String(workload.items.length).padStart(4)} inputs  ` +
        `${Math.round(rate).toLocaleString('en-US').padStart(9)} signatures per CPU second  ` +
        `${(1e6 / rate).toFixed(1).padStart(7)} µs CPU each`,
    );
  }
}
