/**
 * Fuzzing the REST API and the GraphQL search input with arbitrary parameters: every answer
 * is a 2xx or a 4xx with a JSON error body, never a 500, and comes back within the time bound.
 */
import { FIELD_CATALOG } from '@cairn/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_ENDPOINTS } from '../../src/rest/rest-endpoints.js';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';

const FIELD_NAMES = [...FIELD_CATALOG.keys()];
const META = [
  '_columns',
  '_sort',
  '_facets',
  '_facets_size',
  '_results_number',
  '_results_offset',
  '_return_query',
  '_aggs.signature',
  '_aggs.product.version',
  '_histogram.date',
  '_histogram_interval.date',
  '_histogram.uptime',
  'date',
  'crash_id',
  'format',
  'name',
  'signatures',
  'bug_ids',
  'product',
  'channel',
  'build_id',
  'crash_ids',
];
const VALUE_PREFIXES = [
  '',
  '!',
  '=',
  '~',
  '^',
  '$',
  '@',
  '>',
  '>=',
  '<',
  '<=',
  '__null__',
  '!__null__',
  '__true__',
  '_cardinality.',
  '_histogram.',
  '-',
];

const parameter = fc.tuple(
  fc.oneof(fc.constantFrom(...FIELD_NAMES, ...META), fc.string({ maxLength: 12 })),
  fc
    .tuple(
      fc.constantFrom(...VALUE_PREFIXES),
      fc.oneof(
        fc.constantFrom(...FIELD_NAMES, '2024-03-10', '10', '-1', '1001', 'x(', '.*'),
        fc.string({ maxLength: 12 }),
      ),
    )
    .map(([prefix, value]) => prefix + value),
);

describe('REST and GraphQL under arbitrary input', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness();
  });
  afterAll(async () => api.close());

  it('answers every endpoint with 2xx or a JSON 4xx, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REST_ENDPOINTS.map((endpoint) => endpoint.name)),
        fc.array(parameter, { maxLength: 8 }),
        async (name, parameters) => {
          const query = new URLSearchParams(parameters).toString();
          const { status, json, text } = await api.rest(`/api/${name}/?${query}`);
          expect(status, `${name}?${query} → ${text}`).toBeLessThan(500);
          if (status >= 400 && status !== 429) expect(json).toBeTypeOf('object');
        },
      ),
      { numRuns: 400, interruptAfterTimeLimit: 20_000 },
    );
  });

  it('answers arbitrary search inputs with data or coded errors, never INTERNAL', async () => {
    const condition = fc.record({
      field: fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 })),
      operator: fc.constantFrom(
        'MATCHES',
        'IS',
        'CONTAINS',
        'STARTS_WITH',
        'ENDS_WITH',
        'REGEX',
        'GT',
        'GTE',
        'LT',
        'LTE',
        'IS_NULL',
        'IS_TRUE',
      ),
      value: fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.constantFrom('10', '2024-03-10', '(', 'true'),
      ),
    });
    const filter = fc.oneof(
      condition,
      fc.record({ all: fc.array(condition, { maxLength: 3 }) }),
      fc.record({ not: condition }),
      fc.constant({}),
    );
    const aggregation = fc.record({
      kind: fc.constantFrom('TERMS', 'HISTOGRAM', 'CARDINALITY'),
      field: fc.constantFrom(...FIELD_NAMES),
      interval: fc.constantFrom('day', '1w', '60', '-1', 'x'),
    });
    await fc.assert(
      fc.asyncProperty(
        filter,
        fc.array(aggregation, { maxLength: 3 }),
        fc.integer({ min: -5, max: 2000 }),
        async (queryFilter, aggregations, resultsNumber) => {
          const { status, body } = await api.graphql(
            'query ($query: SearchInput!) { search(query: $query) { total } }',
            { query: { filter: queryFilter, aggregations, resultsNumber } },
          );
          expect(status).toBeLessThan(500);
          for (const error of body.errors ?? [])
            expect(error.extensions?.code).not.toBe('INTERNAL');
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 20_000 },
    );
  });
});
