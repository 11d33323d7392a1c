/**
 * Crashes end to end through `cairn up` (collector, processor, API in one real process):
 * the same crashes give identical totals and facets through GraphQL and the Crash Stats REST
 * API, and the REST answers have the shapes of the reference's examples.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatCrashReport } from '@cairn/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startCairn, waitFor, type CairnProcess } from '../cairn-process.js';

const CONFORMANCE_DIR =
  process.env.CAIRN_CONFORMANCE_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
const EXAMPLES_FILE = path.join(CONFORMANCE_DIR, 'crashstats-data/api_examples.json');

const CRASHES = [
  { ProductName: 'Firefox', Version: '120.0' },
  { ProductName: 'Firefox', Version: '120.0' },
  { ProductName: 'Firefox', Version: '121.0b2' },
  { ProductName: 'Thunderbird', Version: '115.1' },
];

/** Key sets at every level, placeholders and list lengths aside. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

describe('crashes through collector and processor, read through GraphQL and REST', () => {
  let dataDir: string;
  let cairn: CairnProcess;
  let api: string;
  const crashIds: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cairn-e2e-api-'));
    const env = {
      CAIRN_DATA_DIR: dataDir,
      CAIRN_COLLECTOR_PORT: String(await findFreePort()),
      CAIRN_API_PORT: String(await findFreePort()),
    };
    api = `http://127.0.0.1:${env.CAIRN_API_PORT}`;
    cairn = startCairn(['up'], env);
    const collector = `http://127.0.0.1:${env.CAIRN_COLLECTOR_PORT}`;
    for (const url of [api, collector]) {
      await waitFor(
        async () => ((await fetch(`${url}/__lbheartbeat__`)).ok ? true : undefined),
        60_000,
        `${url} to listen`,
      );
    }
    for (const annotations of CRASHES) {
      const report = formatCrashReport({
        annotations,
        dumps: new Map([
          [
            'upload_file_minidump',
            new Uint8Array(Buffer.from('MDMP\x93\xa7\x00\x00tiny', 'latin1')),
          ],
        ]),
        annotationsAsJson: false,
      });
      const response = await fetch(`${collector}/submit`, {
        method: 'POST',
        headers: { 'content-type': report.contentType },
        body: new Uint8Array(report.body),
      });
      const crashId = /CrashID=bp-([0-9a-f-]+)/.exec(await response.text())?.[1];
      expect(crashId).toBeDefined();
      crashIds.push(crashId!);
    }
    await waitFor(
      async () => {
        const response = await fetch(`${api}/api/SuperSearch/?_results_number=0&_facets=`);
        const body = (await response.json()) as { total?: number };
        return body.total === CRASHES.length ? true : undefined;
      },
      60_000,
      'every crash to be processed and indexed',
    );
  }, 180_000);

  afterAll(async () => {
    cairn?.child.kill('SIGTERM');
    await cairn?.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives identical totals and facets through GraphQL and REST', async () => {
    const response = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ search(query: { columns: ["uuid", "product", "version"], aggregations: [
          { kind: TERMS, field: "product", aggregations: [{ kind: TERMS, field: "version" }] },
          { kind: CARDINALITY, field: "version" } ] }) {
            total crashStatsQuery hits { uuid }
            aggregations { key value buckets { term count aggregations { key value buckets { term count } } } } } }`,
      }),
    });
    const { data } = (await response.json()) as {
      data: {
        search: {
          total: number;
          crashStatsQuery: string;
          hits: { uuid: string }[];
          aggregations: {
            key: string;
            value: number | null;
            buckets: {
              term: string;
              count: number;
              aggregations: { key: string; buckets: { term: string; count: number }[] }[];
            }[];
          }[];
        };
      };
    };
    const rest = (await (
      await fetch(`${api}/api/SuperSearch/?${data.search.crashStatsQuery}`)
    ).json()) as {
      total: number;
      hits: { uuid: string }[];
      facets: {
        product: {
          term: string;
          count: number;
          facets: { version: { term: string; count: number }[] };
        }[];
        cardinality_version: { value: number };
      };
    };
    expect(data.search.total).toBe(4);
    expect(rest.total).toBe(4);
    expect(rest.hits.map((hit) => hit.uuid).sort()).toEqual([...crashIds].sort());
    expect(data.search.hits.map((hit) => hit.uuid)).toEqual(rest.hits.map((hit) => hit.uuid));
    const graphqlProducts = data.search.aggregations.find(
      (aggregation) => aggregation.key === 'product',
    )!;
    expect(
      graphqlProducts.buckets.map((bucket) => ({
        term: bucket.term,
        count: bucket.count,
        facets: { version: bucket.aggregations[0]!.buckets },
      })),
    ).toEqual(rest.facets.product);
    expect(rest.facets.product).toEqual([
      {
        term: 'Firefox',
        count: 3,
        facets: {
          version: [
            { term: '120.0', count: 2 },
            { term: '121.0b2', count: 1 },
          ],
        },
      },
      { term: 'Thunderbird', count: 1, facets: { version: [{ term: '115.1', count: 1 }] } },
    ]);
    expect(
      data.search.aggregations.find((aggregation) => aggregation.key === 'cardinality_version')
        ?.value,
    ).toBe(rest.facets.cardinality_version.value);
  });

  it.skipIf(!existsSync(EXAMPLES_FILE) && !process.env.CI)(
    'answers REST requests in the shapes of the Crash Stats examples',
    async () => {
      const examples = JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as Record<
        string,
        Record<string, unknown>
      >;
      const search = await (
        await fetch(
          `${api}/api/SuperSearch/?product=Firefox&_results_number=2&_columns=uuid&_columns=date&_columns=signature&_facets=signature&_facets=platform`,
        )
      ).json();
      const expected = shapeOf(examples.SuperSearch_basic!.response_shape) as {
        facets: Record<string, unknown>;
      };
      const actual = shapeOf(search) as { facets: Record<string, unknown>; hits: unknown[] };
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      expect(actual.hits).toEqual((expected as unknown as { hits: unknown[] }).hits);
      const verify = await (await fetch(`${api}/api/CrashVerify/?crash_id=${crashIds[0]}`)).json();
      expect(shapeOf(verify)).toEqual(shapeOf(examples.CrashVerify!.response_shape));
      expect(verify).toMatchObject({
        uuid: crashIds[0],
        raw_crash: true,
        processed_crash: true,
        elasticsearch_crash: true,
      });
      const processed = (await (
        await fetch(`${api}/api/ProcessedCrash/?crash_id=${crashIds[0]}`)
      ).json()) as Record<string, unknown>;
      expect(processed).toMatchObject({ uuid: crashIds[0], product: 'Firefox' });
      const unknown = await fetch(`${api}/api/Field/`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual(examples.unknown_endpoint!.body);
    },
  );
});
