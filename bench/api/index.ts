/**
 * `npm run bench -- api [--duration=S] [--connections=N] [--crashes=N]`: requests per second
 * and latency of the API on embedded adapters (SQLite search index with N crashes): REST
 * SuperSearch with facets, the same search through GraphQL, a crash report through GraphQL
 * and REST ProcessedCrash, anonymous and with an API token. The API runs in this process
 * from source; the load comes from autocannon in a child process, over loopback.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  createFsCrashStorage,
  createSilentLogger,
  createSqliteAppDb,
  createSqliteCrashQueue,
  createSqliteSearchIndex,
  loadConfig,
  systemClock,
} from '@cairn/core';
import { OPERATOR_CALLER, adminCreateUser, buildApi } from '@cairn/api';
import { generateCrashes } from './generate-crashes.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function option(args: readonly string[], name: string, fallback: number): number {
  const value = args.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? fallback : Number(value);
}

interface Scenario {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

async function loadTest(url: string, scenario: Scenario, duration: number, connections: number) {
  const headers = {
    ...(scenario.body && { 'content-type': 'application/json' }),
    ...scenario.headers,
  };
  const { stdout } = await run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/autocannon/autocannon.js'),
      '--json',
      '-m',
      scenario.method,
      ...Object.entries(headers).flatMap(([key, value]) => ['-H', `${key}=${value}`]),
      ...(scenario.body ? ['-b', scenario.body] : []),
      '-c',
      String(connections),
      '-d',
      String(duration),
      `${url}${scenario.path}`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return result;
}

/** Runs the benchmark and prints one line per scenario. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const duration = option(args, 'duration', 10);
  const connections = option(args, 'connections', 10);
  const crashCount = option(args, 'crashes', 20_000);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-bench-api-'));
  const now = new Date();
  const crashes = generateCrashes(crashCount, now, 6);
  const storage = createFsCrashStorage(path.join(directory, 'crashes'));
  const searchIndex = createSqliteSearchIndex({
    file: path.join(directory, 'search.sqlite'),
    retentionWeeks: 26,
  });
  const appDb = createSqliteAppDb(path.join(directory, 'cairn.sqlite'));
  const queue = createSqliteCrashQueue({
    file: path.join(directory, 'queue.sqlite'),
    visibilityTimeoutMs: 60_000,
  });
  await appDb.migrate();
  for (let start = 0; start < crashes.length; start += 1000) {
    await searchIndex.indexCrashes(crashes.slice(start, start + 1000));
  }
  await searchIndex.refresh();
  const sample = crashes[0]!;
  await storage.saveProcessedCrash(String(sample.uuid), sample);
  const config = {
    ...loadConfig({}).api,
    anonymousRequestsPerMinute: 10_000_000,
    authenticatedRequestsPerMinute: 10_000_000,
  };
  const app = await buildApi({
    storage,
    searchIndex,
    appDb,
    queue,
    clock: systemClock,
    config,
    logger: createSilentLogger(),
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const deps = { appDb, clock: systemClock };
  await adminCreateUser(deps, OPERATOR_CALLER, {
    email: 'bench@example.com',
    password: 'a benchmark password',
  });
  const token = await createBenchToken(url);
  const searchQuery =
    '_facets=signature&_facets=product&_aggs.product.version=platform&_histogram.date=product&_columns=uuid&_columns=signature&_results_number=50';
  const graphqlSearch = JSON.stringify({
    query: `{ search(query: { columns: ["uuid", "signature"], resultsNumber: 50, aggregations: [
      { kind: TERMS, field: "signature" },
      { kind: TERMS, field: "product", aggregations: [{ kind: TERMS, field: "version", aggregations: [{ kind: TERMS, field: "platform" }] }] },
      { kind: HISTOGRAM, field: "date", aggregations: [{ kind: TERMS, field: "product" }] } ] })
      { total hits { uuid signature } aggregations { key buckets { term count aggregations { key buckets { term count } } } } } }`,
  });
  const crashQuery = JSON.stringify({
    query: `{ crash(id: "${String(sample.uuid)}") { fields { signature product version } threads { frames { function module line } } modules { filename } } }`,
  });
  const scenarios: Scenario[] = [
    {
      name: 'REST SuperSearch, facets + nested aggs + histogram (anonymous)',
      method: 'GET',
      path: `/api/SuperSearch/?${searchQuery}`,
    },
    {
      name: 'REST SuperSearch, same, with Auth-Token',
      method: 'GET',
      path: `/api/SuperSearch/?${searchQuery}`,
      headers: { 'auth-token': token },
    },
    {
      name: 'GraphQL search, same aggregations',
      method: 'POST',
      path: '/graphql',
      body: graphqlSearch,
    },
    {
      name: 'GraphQL crash report (11 threads × 40 frames)',
      method: 'POST',
      path: '/graphql',
      body: crashQuery,
    },
    {
      name: 'REST ProcessedCrash (anonymous, redacted)',
      method: 'GET',
      path: `/api/ProcessedCrash/?crash_id=${String(sample.uuid)}`,
    },
  ];
  console.log(
    `api: ${crashCount} crashes indexed; ${connections} connections, ${duration} s per scenario; ${os.cpus().length} CPUs, Node ${process.version}`,
  );
  try {
    for (const scenario of scenarios) {
      const result = await loadTest(url, scenario, duration, connections);
      console.log(
        `${scenario.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
      );
    }
  } finally {
    await app.close();
    await Promise.all([searchIndex.close(), appDb.close(), queue.close(), storage.close()]);
    await rm(directory, { recursive: true, force: true });
  }
}

/** Signs in and creates a token without permissions, as a script would. */
async function createBenchToken(url: string): Promise<string> {
  const graphql = async (query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return {
      headers: response.headers,
      body: (await response.json()) as {
        data: Record<string, { secret?: string; me?: { csrfToken: string } }>;
      },
    };
  };
  const signIn = await graphql(
    'mutation { signIn(email: "bench@example.com", password: "a benchmark password") { me { csrfToken } } }',
  );
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrfToken = signIn.body.data.signIn!.me!.csrfToken;
  const created = await graphql('mutation { createApiToken(permissions: []) { secret } }', {
    cookie,
    'x-csrf-token': csrfToken,
  });
  return created.body.data.createApiToken!.secret!;
}
