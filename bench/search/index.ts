/**
 * `npm run bench -- search [--crashes=1000000] [--adapter=sqlite|elasticsearch|both]
 * [--runs=20] [--reuse] [--index-only]`: indexes synthetic crashes (generate-crashes.ts) into each adapter,
 * reports indexing throughput, then p50/p95 latency of six Super Search queries. For
 * Elasticsearch it also times the same request body sent straight to the cluster, so Cairn's
 * own cost shows as a ratio. `--reuse` skips indexing when the data from an earlier run with
 * the same crash count is still there; `--index-only` stops after indexing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@elastic/elasticsearch';
import {
  createElasticsearchSearchIndex,
  createSqliteSearchIndex,
  parseCrashStatsQuery,
  planSearch,
  type SearchIndex,
} from '@cairn/core';
import { CrashGenerator, TRACKED_FUNCTION } from './generate-crashes.js';
import { ProgressBar } from './progress-bar.js';

/** The instant the synthetic crashes end at; queries run "now". */
const NOW = new Date('2026-01-15T12:00:00Z');
const BATCH = 5000;
const WARMUP_RUNS = 2;
const DATA_DIR = path.resolve('var/bench/search');
const ES_PREFIX = 'cairn_bench_';

/** The benchmark queries, as Crash Stats query strings. */
const QUERIES: readonly (readonly [string, string])[] = [
  ['default search (7 days, facet on signature)', ''],
  [
    'product + version, 3 facets',
    'product=Firefox&version=130.0&_facets=signature&_facets=platform&_facets=release_channel',
  ],
  ['nested aggregation product → version', '_facets=&_aggs.product=version'],
  ['date histogram by day, sub-facet', '_facets=&_histogram.date=platform'],
  ['substring filter on signature', 'signature=~Compositor::Paint'],
  ['function in stack', `stack_function=${TRACKED_FUNCTION}`],
];

interface Options {
  readonly crashes: number;
  readonly adapters: readonly ('sqlite' | 'elasticsearch')[];
  readonly runs: number;
  readonly reuse: boolean;
  readonly indexOnly: boolean;
}

function readOptions(args: readonly string[]): Options {
  const value = (name: string) =>
    args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const adapter = value('adapter') ?? 'both';
  return {
    crashes: Number(value('crashes') ?? 1_000_000),
    adapters: adapter === 'both' ? ['sqlite', 'elasticsearch'] : [adapter as 'sqlite'],
    runs: Number(value('runs') ?? 20),
    reuse: args.includes('--reuse'),
    indexOnly: args.includes('--index-only'),
  };
}

/** Entry point for scripts/bench.ts. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const options = readOptions(args);
  mkdirSync(DATA_DIR, { recursive: true });
  console.log(
    `machine: ${(await import('node:os')).cpus()[0]?.model}, ${(await import('node:os')).cpus().length} cores, node ${process.version}`,
  );
  for (const adapter of options.adapters) {
    const esUrl = process.env.CAIRN_ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
    const index =
      adapter === 'sqlite'
        ? createSqliteSearchIndex({
            file: path.join(DATA_DIR, 'search.sqlite'),
            retentionWeeks: 26,
          })
        : createElasticsearchSearchIndex({
            url: esUrl,
            indexPrefix: ES_PREFIX,
            shards: 1,
            replicas: 0,
            retentionWeeks: 26,
          });
    try {
      await indexCrashes(adapter, index, options);
      if (options.indexOnly) continue;
      await measureQueries(
        adapter,
        index,
        options,
        adapter === 'elasticsearch' ? new Client({ node: esUrl }) : undefined,
      );
    } finally {
      await index.close();
    }
  }
}

async function indexCrashes(adapter: string, index: SearchIndex, options: Options): Promise<void> {
  const marker = path.join(DATA_DIR, `${adapter}.indexed`);
  if (
    options.reuse &&
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === String(options.crashes)
  ) {
    console.log(`${adapter}: reusing ${options.crashes.toLocaleString('en-US')} indexed crashes`);
    return;
  }
  const generator = new CrashGenerator(NOW.getTime(), options.crashes);
  const progress = new ProgressBar(`${adapter}: indexing`, options.crashes);
  let indexingMs = 0;
  let cpuMicros = 0;
  for (let done = 0; done < options.crashes;) {
    const batch = generator.next(Math.min(BATCH, options.crashes - done));
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await index.indexCrashes(batch);
    const cpu = process.cpuUsage(cpuStarted);
    cpuMicros += cpu.user + cpu.system;
    indexingMs += performance.now() - started;
    done += batch.length;
    progress.update(done);
  }
  const refreshStarted = performance.now();
  await index.refresh();
  indexingMs += performance.now() - refreshStarted;
  writeFileSync(marker, String(options.crashes));
  console.log(
    `${adapter}: indexed ${options.crashes.toLocaleString('en-US')} crashes in ${(indexingMs / 1000).toFixed(1)} s of indexing calls: ${Math.round(options.crashes / (indexingMs / 1000)).toLocaleString('en-US')} crashes/s wall, ${Math.round(options.crashes / (cpuMicros / 1e6)).toLocaleString('en-US')} crashes/s of this process's CPU time (generation not counted; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
  );
}

async function measureQueries(
  adapter: string,
  index: SearchIndex,
  options: Options,
  rawClient: Client | undefined,
): Promise<void> {
  console.log(`${adapter}: ${options.runs} runs per query after ${WARMUP_RUNS} warm-up runs`);
  for (const [name, queryString] of QUERIES) {
    const planOf = () =>
      planSearch(parseCrashStatsQuery(new URLSearchParams(queryString)).query, {
        permissions: new Set(),
        onForbiddenField: 'drop',
        now: NOW,
      });
    const description = await index.describeSearch(planOf());
    const cairnTimes: number[] = [];
    const rawTimes: number[] = [];
    let total = 0;
    for (let run = 0; run < WARMUP_RUNS + options.runs; run++) {
      const started = performance.now();
      total = (await index.search(planOf())).total;
      if (run >= WARMUP_RUNS) cairnTimes.push(performance.now() - started);
      if (rawClient) {
        const rawStarted = performance.now();
        await rawClient.search({
          index: description.indices as string[],
          ...(description.query as object),
        });
        if (run >= WARMUP_RUNS) rawTimes.push(performance.now() - rawStarted);
      }
    }
    const cairn = `p50 ${percentile(cairnTimes, 50).toFixed(1)} ms, p95 ${percentile(cairnTimes, 95).toFixed(1)} ms`;
    // Runs alternate Cairn and raw, so the median of paired ratios cancels most of the noise
    // other work on the machine adds to both.
    const pairedRatio = percentile(
      cairnTimes.map((time, i) => time / rawTimes[i]!),
      50,
    );
    const raw = rawClient
      ? `; raw DSL p50 ${percentile(rawTimes, 50).toFixed(1)} ms, p95 ${percentile(rawTimes, 95).toFixed(1)} ms; overhead ${((pairedRatio - 1) * 100).toFixed(1)} % (median of paired runs)`
      : '';
    console.log(`  ${name} [${total.toLocaleString('en-US')} hits]: ${cairn}${raw}`);
  }
  await rawClient?.close();
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
