/**
 * `npm run bench [-- <name>...]`: runs the benchmark programs under bench/. Each benchmark is a
 * module under bench/<name>/ registered in BENCHMARKS; it prints its own report. Results are
 * recorded by hand in docs/benchmarks.md with the machine and the date.
 */
type Benchmark = () => Promise<{ runBenchmark(args: readonly string[]): Promise<void> }>;

const BENCHMARKS: Record<string, Benchmark> = {
  stackwalk: () => import('../bench/stackwalk/index.js'),
  'u64-arithmetic': () => import('../bench/u64-arithmetic/index.js'),
  signature: () => import('../bench/signature/index.js'),
  symbols: () => import('../bench/symbols/index.js'),
  collector: () => import('../bench/collector/index.js'),
  search: () => import('../bench/search/index.js'),
  spa: () => import('../bench/spa/index.js'),
  api: () => import('../bench/api/index.js'),
  cron: () => import('../bench/cron/index.js'),
  processor: () => import('../bench/processor/index.js'),
};

const requested = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const unknown = requested.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; benchmarks: ${Object.keys(BENCHMARKS).join(', ') || '(none yet)'}`,
  );
  process.exit(2);
}
for (const name of requested.length > 0 ? requested : Object.keys(BENCHMARKS)) {
  console.log(`== bench ${name}`);
  await (
    await BENCHMARKS[name]!()
  ).runBenchmark(process.argv.slice(2).filter((argument) => argument.startsWith('--')));
}
