/**
 * The same search through GraphQL and through the Crash Stats REST API gives the same total,
 * hits and facets (both go through the search service), and GraphQL hands out the Crash Stats
 * query string that reproduces it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireService } from '../../../test/services.js';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';
import {
  AGGREGATIONS_SELECTION,
  toCrashStatsFacets,
  withTextTerms,
  type GraphqlAggregation,
} from '../fixtures/facet-comparison.js';

const CASES: readonly { name: string; input: string }[] = [
  {
    name: 'facets, nested aggregation, histogram and cardinality',
    input: `{ columns: ["uuid", "signature", "platform"], aggregations: [
      { kind: TERMS, field: "signature", aggregations: [{ kind: CARDINALITY, field: "platform" }] },
      { kind: TERMS, field: "product", aggregations: [{ kind: TERMS, field: "version" }] },
      { kind: HISTOGRAM, field: "date", aggregations: [{ kind: TERMS, field: "platform" }] },
      { kind: CARDINALITY, field: "install_time" } ] }`,
  },
  {
    name: 'filters with operators and negation',
    input: `{ filter: { all: [
      { field: "product", operator: MATCHES, value: "Firefox" },
      { not: { field: "signature", operator: IS, value: "OOM | small" } },
      { field: "uptime", operator: LT, value: "1000" } ] },
      sort: [{ field: "uptime", descending: true }], aggregations: [{ kind: TERMS, field: "platform" }] }`,
  },
  {
    name: 'a date range and a page',
    input: `{ dateRange: { from: "2024-03-01T00:00:00Z", to: "2024-03-13T00:00:00Z" }, resultsNumber: 2, resultsOffset: 1,
      aggregations: [{ kind: HISTOGRAM, field: "uptime", interval: "60" }] }`,
  },
];

const elasticsearch = await requireService('elasticsearch');
const BACKENDS = [
  { backend: 'SQLite', elasticsearchUrl: undefined },
  ...(elasticsearch ? [{ backend: 'Elasticsearch', elasticsearchUrl: elasticsearch.url }] : []),
];

describe.each(BACKENDS)(
  'GraphQL and REST give the same answers on $backend',
  ({ elasticsearchUrl }) => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApiHarness({ ...(elasticsearchUrl && { elasticsearchUrl }) });
    });
    afterAll(async () => api.close());

    it.each(CASES)('$name', async ({ input }) => {
      const { body } = await api.graphql(
        `{ search(query: ${input}) { total crashStatsQuery hits { uuid signature platform } ${AGGREGATIONS_SELECTION} } }`,
      );
      expect(body.errors).toBeUndefined();
      const search = body.data!.search as {
        total: number;
        crashStatsQuery: string;
        hits: { uuid: string }[];
        aggregations: GraphqlAggregation[];
      };
      expect(search.crashStatsQuery).not.toBeNull();
      const rest = await api.rest(`/api/SuperSearch/?${search.crashStatsQuery}`);
      expect(rest.status).toBe(200);
      const answer = rest.json as { total: number; hits: { uuid: string }[]; facets: unknown };
      expect(answer.total).toBe(search.total);
      expect(answer.hits.map((hit) => hit.uuid)).toEqual(search.hits.map((hit) => hit.uuid));
      expect(toCrashStatsFacets(search.aggregations)).toEqual(withTextTerms(answer.facets));
      const saved = await api.graphql(
        `query ($q: String!) { searchCrashStatsQuery(query: { queryString: $q }) { total hits { uuid } ${AGGREGATIONS_SELECTION} } }`,
        { q: `?${search.crashStatsQuery}` },
      );
      const savedSearch = saved.body.data!.searchCrashStatsQuery as typeof search;
      expect(savedSearch.total).toBe(answer.total);
      expect(savedSearch.hits).toEqual(search.hits.map((hit) => ({ uuid: hit.uuid })));
      expect(toCrashStatsFacets(savedSearch.aggregations)).toEqual(withTextTerms(answer.facets));
    });

    it('says when a search has no Crash Stats query string', async () => {
      const { body } = await api.graphql(
        `{ search(query: { filter: { any: [ { field: "product", value: "Firefox" }, { field: "platform", value: "Linux" } ] } }) { total crashStatsQuery } }`,
      );
      expect(body.data!.search).toEqual({ total: 4, crashStatsQuery: null });
    });
  },
);
