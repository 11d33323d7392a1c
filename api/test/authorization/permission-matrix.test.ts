/**
 * The permission matrix, generated from the field catalog: for every protected field and
 * every way to reach it (GraphQL field on a crash and on search hits, filter, facet, nested
 * aggregation, histogram, distinct count, sort, column, REST SuperSearch, REST crash
 * documents), anonymous callers and tokens without the permission never receive a protected
 * value, and holders do. A new protected catalog field is covered without editing this file.
 */
import { FIELD_CATALOG, type FieldDefinition } from '@cairn/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireService } from '../../../test/services.js';
import { toGraphqlFieldName } from '../../src/graphql/catalog/graphql-field-name.js';
import { startApiHarness, type ApiHarness, type GraphqlBody } from '../fixtures/api-harness.js';
import { SECRET_MARKER, protectedValueOf, testCrashId } from '../fixtures/test-crashes.js';

const PROTECTED_FIELDS = [...FIELD_CATALOG.values()].filter((field) => field.permission !== null);
const CRASH_ID = testCrashId(1);

/**
 * Text that shows the field's value in a response: the marker text or the number. Booleans
 * (`true`) are everywhere in a response, so for them the checks look at keys and values only.
 */
function valueText(field: FieldDefinition): string {
  const value = protectedValueOf(field);
  if (typeof value === 'boolean') return `${SECRET_MARKER}-never-in-a-response`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The field's value on a crash's fields or on the first search hit, from a GraphQL answer. */
function graphqlValue(field: FieldDefinition, body: GraphqlBody): unknown {
  const data = body.data as
    | {
        crash?: { fields?: Record<string, unknown> };
        search?: { hits?: Record<string, unknown>[] };
      }
    | null
    | undefined;
  const holder = data?.crash?.fields ?? data?.search?.hits?.[0];
  return holder?.[toGraphqlFieldName(field.name)] ?? null;
}

/** One GraphQL way to reach a field: the document and how to find the value in the answer. */
interface GraphqlPath {
  readonly name: string;
  readonly applies: (field: FieldDefinition) => boolean;
  readonly query: (field: FieldDefinition) => string;
  /** Whether the answer shows the field's value (or counts crashes by it). */
  readonly revealed: (field: FieldDefinition, body: GraphqlBody) => boolean;
}

const search = (input: string, selection: string) =>
  `{ search(query: { ${input} }) { ${selection} } }`;
const hasBuckets = (body: GraphqlBody) =>
  JSON.stringify(body.data ?? null).includes('"buckets":[{');

const GRAPHQL_PATHS: readonly GraphqlPath[] = [
  {
    name: 'GraphQL field of a crash',
    applies: () => true,
    query: (field) =>
      `{ crash(id: "${CRASH_ID}") { fields { ${toGraphqlFieldName(field.name)} } } }`,
    revealed: (field, body) => graphqlValue(field, body) !== null,
  },
  {
    name: 'column (GraphQL field of search hits)',
    applies: () => true,
    query: (field) =>
      search(`columns: ["uuid", "${field.name}"]`, `hits { ${toGraphqlFieldName(field.name)} }`),
    revealed: (field, body) => graphqlValue(field, body) !== null,
  },
  {
    name: 'filter',
    applies: () => true,
    query: (field) =>
      search(`filter: { not: { field: "${field.name}", operator: IS_NULL } }`, 'total'),
    revealed: (_field, body) =>
      typeof (body.data?.search as { total?: number } | undefined)?.total === 'number',
  },
  {
    name: 'facet',
    applies: (field) => field.isAggregatable,
    query: (field) =>
      search(
        `aggregations: [{ kind: TERMS, field: "${field.name}" }]`,
        'aggregations { buckets { term } }',
      ),
    revealed: (_field, body) => hasBuckets(body),
  },
  {
    name: 'nested aggregation',
    applies: (field) => field.isAggregatable,
    query: (field) =>
      search(
        `aggregations: [{ kind: TERMS, field: "signature", aggregations: [{ kind: TERMS, field: "${field.name}" }] }]`,
        'aggregations { buckets { aggregations { buckets { term } } } }',
      ),
    revealed: (_field, body) =>
      JSON.stringify(body.data ?? null).includes('"aggregations":[{"buckets":[{'),
  },
  {
    name: 'histogram',
    applies: (field) => field.isAggregatable,
    query: (field) =>
      field.hasHistogram
        ? search(
            `aggregations: [{ kind: HISTOGRAM, field: "${field.name}" }]`,
            'aggregations { buckets { term } }',
          )
        : search(
            `aggregations: [{ kind: HISTOGRAM, field: "date", aggregations: [{ kind: TERMS, field: "${field.name}" }] }]`,
            'aggregations { buckets { aggregations { buckets { term } } } }',
          ),
    revealed: (_field, body) => hasBuckets(body),
  },
  {
    name: 'cardinality',
    applies: (field) => field.isAggregatable,
    query: (field) =>
      search(
        `aggregations: [{ kind: CARDINALITY, field: "${field.name}" }]`,
        'aggregations { value }',
      ),
    revealed: (_field, body) =>
      typeof (body.data?.search as { aggregations?: { value?: number }[] } | undefined)
        ?.aggregations?.[0]?.value === 'number',
  },
  {
    name: 'Crash Stats query string run through GraphQL',
    applies: () => true,
    query: (field) =>
      `{ searchCrashStatsQuery(query: { queryString: ${JSON.stringify(restParameters(field))} }) { total hits { ${toGraphqlFieldName(field.name)} } } }`,
    revealed: (field, body) =>
      ((body.data?.searchCrashStatsQuery as { hits?: Record<string, unknown>[] } | undefined)
        ?.hits?.[0]?.[toGraphqlFieldName(field.name)] ?? null) !== null,
  },
  {
    name: 'sort',
    applies: () => true,
    query: (field) => search(`sort: [{ field: "${field.name}", descending: true }]`, 'total'),
    revealed: (_field, body) =>
      typeof (body.data?.search as { total?: number } | undefined)?.total === 'number',
  },
];

/** The Crash Stats query string touching the field everywhere it can. */
function restParameters(field: FieldDefinition): string {
  const parameters = new URLSearchParams([
    [field.name, '!__null__'],
    ['_columns', 'uuid'],
    ['_columns', field.name],
    ['_sort', field.name],
    ['_facets', field.name],
    ['_facets', `_cardinality.${field.name}`],
    ['_aggs.signature', field.name],
    ['_histogram.date', field.name],
  ]);
  if (field.hasHistogram) parameters.append(`_histogram.${field.name}`, 'signature');
  return parameters.toString();
}

const elasticsearch = await requireService('elasticsearch');
const BACKENDS = [
  { backend: 'SQLite', elasticsearchUrl: undefined },
  ...(elasticsearch ? [{ backend: 'Elasticsearch', elasticsearchUrl: elasticsearch.url }] : []),
];

describe.each(BACKENDS)(
  'permission matrix (generated from the field catalog) on $backend',
  ({ elasticsearchUrl }) => {
    let api: ApiHarness;
    const callers: Record<
      'anonymous' | 'token without the permission' | 'holder',
      Record<string, string>
    > = {
      anonymous: {},
      'token without the permission': {},
      holder: {},
    };

    beforeAll(async () => {
      api = await startApiHarness({ ...(elasticsearchUrl && { elasticsearchUrl }) });
      callers['token without the permission'] = {
        'auth-token': await api.createTokenWith([
          'view_rawdump',
          'reprocess_crashes',
          'manage_users',
        ]),
      };
      callers.holder = { 'auth-token': await api.createTokenWith(['view_pii']) };
    });
    afterAll(async () => api.close());

    it('covers at least the reference’s protected fields', () => {
      expect(PROTECTED_FIELDS.map((field) => field.name)).toEqual(
        expect.arrayContaining([
          'url',
          'user_comments',
          'moz_crash_reason_raw',
          'java_stack_trace_raw',
        ]),
      );
    });

    for (const field of PROTECTED_FIELDS) {
      describe(field.name, () => {
        for (const path of GRAPHQL_PATHS.filter((candidate) => candidate.applies(field))) {
          it(`${path.name}: refused to callers without ${field.permission}, answered to holders`, async () => {
            for (const caller of ['anonymous', 'token without the permission'] as const) {
              const { body } = await api.graphql(path.query(field), {}, callers[caller]);
              expect(path.revealed(field, body), `${caller} got ${JSON.stringify(body)}`).toBe(
                false,
              );
              expect(JSON.stringify(body)).not.toContain(valueText(field));
              expect(body.errors?.[0]?.extensions?.code).toMatch(
                /^(AUTH_FORBIDDEN|SEARCH_FIELD_FORBIDDEN)$/,
              );
            }
            const { body } = await api.graphql(path.query(field), {}, callers.holder);
            expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
            expect(path.revealed(field, body), JSON.stringify(body)).toBe(true);
          });
        }

        it('REST SuperSearch drops it for callers without the permission; SuperSearchUnredacted answers holders', async () => {
          const query = restParameters(field);
          const unfiltered = await api.rest('/api/SuperSearch/?_columns=uuid');
          for (const caller of ['anonymous', 'token without the permission'] as const) {
            const redacted = await api.rest(`/api/SuperSearch/?${query}`, {
              headers: callers[caller],
            });
            expect(redacted.status).toBe(200);
            expect(redacted.text).not.toContain(valueText(field));
            expect(redacted.text).not.toContain(`"${field.name}"`);
            // The filter is dropped, not applied: the search widens to every crash.
            expect((redacted.json as { total: number }).total).toBe(
              (unfiltered.json as { total: number }).total,
            );
            const refused = await api.rest(`/api/SuperSearchUnredacted/?${query}`, {
              headers: callers[caller],
            });
            expect(refused.status).toBe(403);
            expect(refused.json).toEqual({
              error:
                "Use of this endpoint requires the 'View Personal Identifiable Information' permission",
            });
          }
          const unredacted = await api.rest(`/api/SuperSearchUnredacted/?${query}`, {
            headers: callers.holder,
          });
          expect(unredacted.status).toBe(200);
          const hits = (unredacted.json as { hits: Record<string, unknown>[] }).hits;
          expect(hits[0]?.[field.name] ?? null).not.toBeNull();
          expect((unredacted.json as { facets: object }).facets).toHaveProperty(field.name);
        });

        it('REST ProcessedCrash leaves it out for callers without the permission and returns it to holders', async () => {
          const key = field.sourcePaths[0]!.split('.')[0]!;
          for (const caller of ['anonymous', 'token without the permission'] as const) {
            const { json, text } = await api.rest(`/api/ProcessedCrash/?crash_id=${CRASH_ID}`, {
              headers: callers[caller],
            });
            expect(Object.keys(json as object)).not.toContain(key);
            expect(text).not.toContain(valueText(field));
          }
          const { json } = await api.rest(`/api/ProcessedCrash/?crash_id=${CRASH_ID}`, {
            headers: callers.holder,
          });
          expect(Object.keys(json as object)).toContain(key);
        });
      });
    }

    it('REST RawCrash and GraphQL annotations keep protected annotations from callers without view_pii', async () => {
      for (const caller of ['anonymous', 'token without the permission'] as const) {
        const raw = await api.rest(`/api/RawCrash/?crash_id=${CRASH_ID}`, {
          headers: callers[caller],
        });
        expect(raw.status).toBe(200);
        expect(raw.text).not.toContain(SECRET_MARKER);
        expect(raw.json).toMatchObject({ ProductName: 'Firefox' });
        const { body } = await api.graphql(
          `{ crash(id: "${CRASH_ID}") { publicAnnotations { name } protectedAnnotations { name value } } }`,
          {},
          callers[caller],
        );
        expect(JSON.stringify(body)).not.toContain(SECRET_MARKER);
        expect(body.errors?.[0]?.extensions?.code).toBe('AUTH_FORBIDDEN');
      }
      const raw = await api.rest(`/api/RawCrash/?crash_id=${CRASH_ID}`, {
        headers: callers.holder,
      });
      expect(raw.text).toContain(`${SECRET_MARKER}-comment`);
      const { body } = await api.graphql(
        `{ crash(id: "${CRASH_ID}") { protectedAnnotations { name value } } }`,
        {},
        callers.holder,
      );
      expect(JSON.stringify(body)).toContain(`${SECRET_MARKER}-url`);
    });

    it('keeps keys no field declares (and the stack walker’s sensitive section) from callers without view_pii', async () => {
      const anonymous = await api.rest(`/api/ProcessedCrash/?crash_id=${CRASH_ID}`);
      expect(anonymous.text).not.toContain(SECRET_MARKER);
      expect(anonymous.json).toMatchObject({ signature: 'js::break_your_browser' });
      expect((anonymous.json as { json_dump: object }).json_dump).not.toHaveProperty('sensitive');
      const holder = await api.rest(`/api/ProcessedCrash/?crash_id=${CRASH_ID}`, {
        headers: callers.holder,
      });
      expect(holder.text).toContain(`${SECRET_MARKER}-undeclared`);
      expect((holder.json as { json_dump: object }).json_dump).toHaveProperty('sensitive');
    });
  },
);
