/**
 * `npm run bench -- api [--requests=N] [--crashes=N]`: CPU time per request of the API on
 * embedded adapters (SQLite search index with N crashes): REST SuperSearch with facets, the
 * same search through GraphQL and straight through the search adapter (so the API's own
 * share shows), a crash report through GraphQL, and REST ProcessedCrash, anonymous and with
 * an API token. Requests are injected in process (no sockets) one after another, and CPU time
 * (user + system) is what is reported: on the shared 2-core machine wall-clock throughput
 * varies with the neighbours' load, CPU time per request does not.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createFsCrashStorage,
  createSilentLogger,
  createSqliteAppDb,
  createSqliteCrashQueue,
  createSqliteSearchIndex,
  loadConfig,
  parseCrashStatsQuery,
  planSearch,
  systemClock,
} from '@cairn/core';
import type { FastifyInstance } from 'fastify';
import { OPERATOR_CALLER, adminCreateUser, buildApi } from '@cairn/api';
import { generateCrashes } from './generate-crashes.js';

function option(args: readonly string[], name: string, fallback: number): number {
  const value = args.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? fallback : Number(value);
}

interface Scenario {
  readonly name: string;
  /** One request (or direct call); must throw when it fails. */
  run(): Promise<void>;
}

/** CPU and wall milliseconds per run, after two warm-up runs. */
async function measure(
  scenario: Scenario,
  runs: number,
): Promise<{ cpuMs: number; wallMs: number }> {
  await scenario.run();
  await scenario.run();
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < runs; i++) await scenario.run();
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000 / runs,
    wallMs: (performance.now() - wall) / runs,
  };
}

async function inject(
  app: FastifyInstance,
  request: {
    method: 'GET' | 'POST';
    url: string;
    payload?: string;
    headers?: Record<string, string>;
  },
): Promise<void> {
  const response = await app.inject({
    method: request.method,
    url: request.url,
    ...(request.payload && { payload: request.payload }),
    headers: { ...(request.payload && { 'content-type': 'application/json' }), ...request.headers },
  });
  if (response.statusCode !== 200 || response.body.includes('"errors":[{')) {
    throw new Error(
      `${request.url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`,
    );
  }
}

/** Runs the benchmark and prints one line per scenario. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const runs = option(args, 'requests', 20);
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
    anonymousSearchesPerMinute: 10_000_000,
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
  await app.ready();
  const deps = { appDb, clock: systemClock };
  await adminCreateUser(deps, OPERATOR_CALLER, {
    email: 'bench@example.com',
    password: 'a benchmark password',
  });
  const token = await createBenchToken(app);
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
  const plan = () =>
    planSearch(parseCrashStatsQuery(new URLSearchParams(searchQuery)).query, {
      permissions: new Set(),
      onForbiddenField: 'drop',
      now: new Date(),
    });
  const scenarios: Scenario[] = [
    {
      name: 'search adapter alone (same plan, no API)',
      run: async () => void (await searchIndex.search(plan())),
    },
    {
      name: 'REST SuperSearch, facets + nested aggs + histogram (anonymous)',
      run: () => inject(app, { method: 'GET', url: `/api/SuperSearch/?${searchQuery}` }),
    },
    {
      name: 'REST SuperSearch, same, with Auth-Token',
      run: () =>
        inject(app, {
          method: 'GET',
          url: `/api/SuperSearch/?${searchQuery}`,
          headers: { 'auth-token': token },
        }),
    },
    {
      name: 'GraphQL search, same aggregations',
      run: () => inject(app, { method: 'POST', url: '/graphql', payload: graphqlSearch }),
    },
    {
      name: 'GraphQL crash report (11 threads × 40 frames)',
      run: () => inject(app, { method: 'POST', url: '/graphql', payload: crashQuery }),
    },
    {
      name: 'REST ProcessedCrash (anonymous, redacted)',
      run: () =>
        inject(app, { method: 'GET', url: `/api/ProcessedCrash/?crash_id=${String(sample.uuid)}` }),
    },
  ];
  console.log(
    `api: ${crashCount} crashes indexed; ${runs} requests per scenario, in process; ${os.cpus().length} CPUs, Node ${process.version}`,
  );
  try {
    for (const scenario of scenarios) {
      const { cpuMs, wallMs } = await measure(scenario, runs);
      console.log(
        `${scenario.name}: ${cpuMs.toFixed(2)} ms CPU per request (${wallMs.toFixed(2)} ms wall)`,
      );
    }
  } finally {
    await app.close();
    await Promise.all([searchIndex.close(), appDb.close(), queue.close(), storage.close()]);
    await rm(directory, { recursive: true, force: true });
  }
}

/** Signs in and creates a token without permissions, as a script would. */
async function createBenchToken(app: FastifyInstance): Promise<string> {
  const graphql = async (query: string, headers: Record<string, string> = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify({ query }),
    });
    return {
      cookie: String(response.headers['set-cookie'] ?? '').split(';')[0]!,
      body: response.json() as {
        data: Record<string, { secret?: string; me?: { csrfToken: string } }>;
      },
    };
  };
  const signIn = await graphql(
    'mutation { signIn(email: "bench@example.com", password: "a benchmark password") { me { csrfToken } } }',
  );
  const csrfToken = signIn.body.data.signIn!.me!.csrfToken;
  const created = await graphql('mutation { createApiToken(permissions: []) { secret } }', {
    cookie: signIn.cookie,
    'x-csrf-token': csrfToken,
  });
  return created.body.data.createApiToken!.secret!;
}
