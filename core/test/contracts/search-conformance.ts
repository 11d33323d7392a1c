/**
 * `npm run conformance -- search`: every search case against the SQLite adapter and, when
 * reachable, Elasticsearch (CAIRN_ELASTICSEARCH_URL, default 127.0.0.1:9200; required under
 * CI). Both must give the cases' answers, hence each other's. The Super Search examples in
 * crashstats-data/api_examples.json are replayed too: their results must have the
 * reference's shape (facet keys, bucket fields, value types).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { createElasticsearchSearchIndex } from '../../src/adapters/search-index/elasticsearch/elasticsearch-search-index.js';
import { createSqliteSearchIndex } from '../../src/adapters/search-index/sqlite/sqlite-search-index.js';
import type { SearchIndex } from '../../src/ports/search-index.js';
import { parseCrashStatsQuery } from '../../src/search/crash-stats/parse-crash-stats-query.js';
import { planSearch } from '../../src/search/planner/plan-search.js';
import { SEARCH_NOW } from '../fixtures/search-crashes.js';
import { evaluateSearchCase, loadSearchFixture } from './search-case-runner.js';
import { SEARCH_CASES } from './search-cases.js';

/** The report scripts/conformance.ts prints. */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

interface OpenedAdapter {
  readonly name: string;
  readonly index: SearchIndex;
  close(): Promise<void>;
}

/** Runs the suite; `elasticsearchUrl: null` leaves Elasticsearch out. */
export async function runConformance(
  dataDir: string,
  options: { readonly elasticsearchUrl?: string | null } = {},
): Promise<ConformanceReport> {
  const failures: string[] = [];
  let passed = 0;
  const record = (ok: boolean, failure: string) => {
    if (ok) passed++;
    else failures.push(failure);
  };
  const adapters = [openSqlite()];
  const elasticsearch = await openElasticsearch(options.elasticsearchUrl);
  if (typeof elasticsearch === 'string') record(false, elasticsearch);
  else if (elasticsearch) adapters.push(elasticsearch);
  for (const adapter of adapters) {
    try {
      await loadSearchFixture(adapter.index);
      for (const searchCase of SEARCH_CASES) {
        const { expected, actual } = await evaluateSearchCase(adapter.index, searchCase);
        record(
          canonicalJson(actual) === canonicalJson(expected),
          `${adapter.name}: ${searchCase.name}: expected ${canonicalJson(expected).slice(0, 400)}, got ${canonicalJson(actual).slice(0, 400)}`,
        );
      }
      for (const [name, problem] of await checkExampleShapes(adapter.index, dataDir)) {
        record(problem === undefined, `${adapter.name}: api example ${name}: ${problem}`);
      }
    } finally {
      await adapter.close();
    }
  }
  return { passed, failed: failures.length, failures };
}

function openSqlite(): OpenedAdapter {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-search-conformance-'));
  const index = createSqliteSearchIndex({
    file: path.join(dir, 'search.sqlite'),
    retentionWeeks: 26,
  });
  return {
    name: 'sqlite',
    index,
    async close() {
      await index.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Elasticsearch under a throw-away prefix; undefined when skipped, a failure text under CI. */
async function openElasticsearch(
  url: string | null | undefined,
): Promise<OpenedAdapter | string | undefined> {
  if (url === null) return undefined;
  const node = url ?? process.env.CAIRN_ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
  const indexPrefix = `cairn_conformance_${randomBytes(4).toString('hex')}_`;
  const index = createElasticsearchSearchIndex({
    url: node,
    indexPrefix,
    shards: 1,
    replicas: 0,
    retentionWeeks: 26,
  });
  try {
    await index.checkHealth();
  } catch {
    await index.close();
    const reason = `elasticsearch: not reachable at ${node}`;
    if (process.env.CI) return reason;
    console.warn(`conformance search: ${reason}; only SQLite was checked`);
    return undefined;
  }
  return {
    name: 'elasticsearch',
    index,
    async close() {
      await index.close();
      const client = new Client({ node });
      await client.indices.delete({
        index: `${indexPrefix}*`,
        allow_no_indices: true,
        ignore_unavailable: true,
      });
      await client.close();
    },
  };
}

/** JSON with object keys sorted, so key order never counts. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

interface ApiExample {
  readonly request?: unknown;
  readonly response_facets?: unknown;
  readonly response_shape?: { readonly hits?: unknown; readonly facets?: unknown };
}

/** Replays each SuperSearch example request; a problem text per example, undefined when fine. */
async function checkExampleShapes(
  index: SearchIndex,
  dataDir: string,
): Promise<[string, string | undefined][]> {
  const examples = JSON.parse(
    readFileSync(path.join(dataDir, 'crashstats-data', 'api_examples.json'), 'utf8'),
  ) as Record<string, ApiExample>;
  const checks: [string, string | undefined][] = [];
  for (const [name, example] of Object.entries(examples)) {
    const expectedFacets = example.response_facets ?? example.response_shape?.facets;
    const request = typeof example.request === 'string' ? example.request : '';
    if (!request.startsWith('GET /api/SuperSearch/?') || expectedFacets === undefined) {
      continue;
    }
    const { query } = parseCrashStatsQuery(new URLSearchParams(request.split('?')[1]));
    const plan = planSearch(query, {
      permissions: new Set(),
      onForbiddenField: 'drop',
      now: SEARCH_NOW,
    });
    const result = await index.search(plan);
    const problems = [
      // Examples show the facets they are about; the default signature facet may come too.
      shapeDifference(expectedFacets, result.facets, 'facets', true),
      example.response_shape?.hits === undefined
        ? undefined
        : shapeDifference(example.response_shape.hits, result.hits, 'hits'),
    ].filter((problem) => problem !== undefined);
    checks.push([name, problems[0]]);
  }
  return checks;
}

/**
 * Where `actual` differs in shape from `expected`: keys, nesting, value types. With
 * `extraKeysAllowed`, the top-level object may hold keys the example leaves out.
 */
function shapeDifference(
  expected: unknown,
  actual: unknown,
  at: string,
  extraKeysAllowed = false,
): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected a list`;
    if (expected.length === 0 || actual.length === 0) {
      return actual.length === 0 ? `${at}: no buckets to compare` : undefined;
    }
    return shapeDifference(expected[0], actual[0], `${at}[0]`);
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `${at}: expected an object`;
    const wanted = Object.keys(expected).sort();
    const got = Object.keys(actual)
      .filter((key) => !extraKeysAllowed || wanted.includes(key))
      .sort();
    if (wanted.join() !== got.join()) {
      return `${at}: keys ${got.join(',')} instead of ${wanted.join(',')}`;
    }
    for (const key of wanted) {
      const difference = shapeDifference(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        `${at}.${key}`,
      );
      if (difference) return difference;
    }
    return undefined;
  }
  return typeof expected === typeof actual
    ? undefined
    : `${at}: ${typeof actual} instead of ${typeof expected}`;
}
