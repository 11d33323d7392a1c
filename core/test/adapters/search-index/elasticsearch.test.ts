import { randomBytes } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElasticsearchSearchIndex } from '../../../src/adapters/search-index/elasticsearch/elasticsearch-search-index.js';
import type { SearchIndex } from '../../../src/ports/search-index.js';
import { planSearch } from '../../../src/search/planner/plan-search.js';
import { describeSearchIndexContract } from '../../contracts/search-index.contract.js';
import { SEARCH_FIXTURE, SEARCH_NOW, toProcessedCrash } from '../../fixtures/search-crashes.js';
import { requireService } from '../../../../test/services.js';

const elasticsearch = await requireService('elasticsearch');

/** A fresh index under a prefix of its own; `close` deletes its indices. */
async function openIndex() {
  const url = elasticsearch!.url;
  const indexPrefix = `cairn_test_${randomBytes(4).toString('hex')}_`;
  const index = createElasticsearchSearchIndex({
    url,
    indexPrefix,
    shards: 1,
    replicas: 0,
    retentionWeeks: 26,
  });
  const client = new Client({ node: url });
  return {
    index,
    client,
    indexPrefix,
    close: async () => {
      await index.close();
      await client.indices.delete({
        index: `${indexPrefix}*`,
        allow_no_indices: true,
        ignore_unavailable: true,
      });
      await client.close();
    },
  };
}

describe.skipIf(!elasticsearch)('Elasticsearch search index', () => {
  describeSearchIndexContract('elasticsearch', openIndex);
  describe('weekly indices', weeklyIndexTests);
});

function weeklyIndexTests() {
  let opened: Awaited<ReturnType<typeof openIndex>>;
  let index: SearchIndex;

  beforeAll(async () => {
    opened = await openIndex();
    index = opened.index;
  });
  afterAll(async () => opened?.close());

  const plan = (dateFrom: string) =>
    planSearch(
      { dateRange: { from: { value: dateFrom, inclusive: true } } },
      { permissions: new Set(), onForbiddenField: 'reject', now: SEARCH_NOW },
    );

  it('puts crashes in weekly indices named from the prefix, year and Monday-based week', async () => {
    await index.indexCrash(toProcessedCrash(SEARCH_FIXTURE[0]!));
    await index.refresh();
    const indices = await opened.client.cat.indices({
      index: `${opened.indexPrefix}*`,
      format: 'json',
    });
    expect(indices.map((entry) => entry.index)).toEqual([`${opened.indexPrefix}202411`]);
  });

  it('reports the weekly indices a search range lacks and searches the others', async () => {
    const result = await index.search(plan('2024-02-20'));
    expect(result.total).toBe(1);
    expect(result.errors).toEqual(
      ['202408', '202409', '202410'].map((week) => ({
        type: 'missing_index',
        index: `${opened.indexPrefix}${week}`,
      })),
    );
  });

  it('names the indices of a search in its description', async () => {
    const description = await index.describeSearch(plan('2024-03-01'));
    expect(description.indices).toEqual([
      `${opened.indexPrefix}202409`,
      `${opened.indexPrefix}202410`,
      `${opened.indexPrefix}202411`,
    ]);
    expect(description.query).toMatchObject({ track_total_hits: true, size: 100 });
  });

  it('drops a field the index refuses and indexes the rest of the crash', async () => {
    const crash = SEARCH_FIXTURE[12]!;
    const week = `${opened.indexPrefix}202410`;
    await opened.client.indices.create({
      index: week,
      mappings: { properties: { uptime: { type: 'boolean' } } },
    });
    const report = await index.indexCrashes([toProcessedCrash(crash)]);
    await index.refresh();
    expect(report.removedFields[crash.uuid]).toEqual(['uptime']);
    const stored = await index.getCrash(crash.uuid);
    expect(stored).toMatchObject({ signature: crash.signature });
    expect(stored).not.toHaveProperty('uptime');
    const source = await opened.client.get<Record<string, unknown>>({
      index: week,
      id: crash.uuid,
    });
    expect(source._source?.removed_fields).toEqual(['uptime']);
  });
}
