/** Rate limits, request size, query depth and complexity, and what errors may say. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness, type GraphqlBody } from '../fixtures/api-harness.js';
import { testCrashId } from '../fixtures/test-crashes.js';

describe('rate limits', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness({
      withCrashes: false,
      config: { anonymousRequestsPerMinute: 3, authenticatedRequestsPerMinute: 5 },
    });
  });
  afterAll(async () => api.close());

  it('answers 429 “Too Many Requests” past the per-address limit, and more to a token’s user', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.rest('/api/Platforms/')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await api.rest('/api/Platforms/');
    expect(limited.text).toBe('Too Many Requests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const graphql = await api.graphql('{ platforms { name } }');
    expect(graphql.status).toBe(429);
    expect(graphql.body.errors?.[0]?.extensions?.code).toBe('API_RATE_LIMITED');
    const token = await api.createTokenWith([]);
    const tokenStatuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      tokenStatuses.push(
        (await api.rest('/api/Platforms/', { headers: { 'auth-token': token } })).status,
      );
    }
    expect(tokenStatuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('the search pages’ rate limit', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness({
      withCrashes: false,
      config: { anonymousSearchesPerMinute: 2, authenticatedSearchesPerMinute: 3 },
    });
  });
  afterAll(async () => api.close());

  const SEARCH = '{ search { total } }';
  const codeOf = (body: GraphqlBody) => body.errors?.[0]?.extensions?.code ?? 'ok';

  it('counts GraphQL searches and signature reports per address, once per request, and leaves other queries and tokens alone', async () => {
    const first = await api.graphql(
      `{ a: search { total } b: search { total } c: signature(signature: "x") { signature } }`,
    );
    expect(first.body.errors).toBeUndefined();
    expect(codeOf((await api.graphql('{ signature(signature: "x") { signature } }')).body)).toBe(
      'ok',
    );
    const limited = await api.graphql(SEARCH);
    expect(codeOf(limited.body)).toBe('API_RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(codeOf((await api.graphql('{ platforms { name } }')).body)).toBe('ok');
    expect((await api.rest('/api/SuperSearch/')).status).toBe(200);
    const token = await api.createTokenWith([]);
    for (let i = 0; i < 5; i++) {
      expect(codeOf((await api.graphql(SEARCH, {}, { 'auth-token': token })).body)).toBe('ok');
    }
    api.clock.advance(60_000);
    expect(codeOf((await api.graphql(SEARCH)).body)).toBe('ok');
  });
});

describe('priority processing', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness({ config: { priorityIntervalMs: 60_000 } });
  });
  afterAll(async () => api.close());

  const request = (crashId: string) =>
    api.graphql('mutation ($id: String!) { requestPriorityProcessing(crashId: $id) }', {
      id: crashId,
    });

  it('queues a collected, unprocessed crash at most once a minute', async () => {
    const crashId = testCrashId(77);
    await api.storage.saveRawCrash(crashId, { uuid: crashId, ProductName: 'Firefox' }, new Map());
    const { body: crash } = await api.graphql(
      `{ crash(id: "bp-${crashId}") { isProcessed fields { product } } }`,
    );
    expect(crash.data).toEqual({ crash: { isProcessed: false, fields: null } });
    expect((await request(crashId)).body.data).toEqual({ requestPriorityProcessing: 'QUEUED' });
    const again = await request(crashId);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('API_RATE_LIMITED');
    api.clock.advance(60_000);
    expect((await request(crashId)).body.data).toEqual({ requestPriorityProcessing: 'QUEUED' });
    const messages = await api.queue.receive({ maxMessages: 10 });
    expect(messages.map((message) => [message.queue, message.body])).toEqual([
      ['priority', crashId],
      ['priority', crashId],
    ]);
  });

  it('does nothing for processed crashes and refuses unknown ones', async () => {
    expect((await request(testCrashId(1))).body.data).toEqual({
      requestPriorityProcessing: 'ALREADY_PROCESSED',
    });
    expect((await request(testCrashId(99))).body.errors?.[0]?.extensions?.code).toBe(
      'CRASH_NOT_FOUND',
    );
    expect((await request('not a crash id')).body.errors?.[0]?.extensions?.code).toBe(
      'INVALID_CRASH_ID',
    );
  });
});

describe('query limits and errors', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness({
      config: { maxQueryDepth: 6, maxQueryComplexity: 200, maxBodyBytes: 10_000 },
    });
  });
  afterAll(async () => api.close());

  it('refuses documents nested too deep', async () => {
    const deep =
      '{ search { aggregations { buckets { aggregations { buckets { aggregations { buckets { term } } } } } } } }';
    const { status, body } = await api.graphql(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: 'Query is too deep: 8 levels, at most 6 allowed',
      extensions: { code: 'API_QUERY_TOO_COMPLEX' },
    });
  });

  it('refuses documents that cost too much, fragments repeated included', async () => {
    const aliases = Array.from(
      { length: 40 },
      (_, i) => `a${i}: search { hits { uuid signature } }`,
    ).join(' ');
    const { body } = await api.graphql(`{ ${aliases} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('API_QUERY_TOO_COMPLEX');
  });

  it('refuses bodies over the size limit with 413', async () => {
    const { status, body } = await api.graphql(`{ platforms { name } } #${'x'.repeat(20_000)}`);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('suggests field names for unknown filter fields and GraphQL fields', async () => {
    const { body } = await api.graphql(
      '{ search(query: { filter: { field: "signatur", value: "x" } }) { total } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('SEARCH_INVALID_PARAMETER');
    expect(body.errors?.[0]?.message).toBe(
      "Unknown field 'signatur'; did you mean 'signature' or 'proto_signature'?",
    );
    const graphqlField = await api.graphql('{ search { totl } }');
    expect(graphqlField.body.errors?.[0]?.message).toBe(
      'Cannot query field "totl" on type "SearchResultType". Did you mean "total"?',
    );
    expect(graphqlField.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers internal failures with a code and no details, and never with a stack trace', async () => {
    const broken = api.storage.loadProcessedCrash;
    api.storage.loadProcessedCrash = async () => {
      throw new Error('connection to secret-host:5432 with password hunter2 failed');
    };
    try {
      const { body } = await api.graphql(`{ crash(id: "${testCrashId(1)}") { crashId } }`);
      expect(body.errors).toEqual([
        {
          message: 'Internal error',
          path: ['crash'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTERNAL' },
        },
      ]);
      const rest = await api.rest(`/api/ProcessedCrash/?crash_id=${testCrashId(1)}`);
      expect(rest.status).toBe(500);
      expect(rest.json).toEqual({ error: 'Internal error' });
      expect(rest.headers.get('x-cairn-error-code')).toBe('INTERNAL');
    } finally {
      api.storage.loadProcessedCrash = broken;
    }
  });

  it('lets other sites read the REST API with a token (CORS preflight for GET)', async () => {
    const preflight = await fetch(`${api.url}/api/SuperSearch/`, {
      method: 'OPTIONS',
      headers: { origin: 'https://tool.example', 'access-control-request-headers': 'auth-token' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Auth-Token');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
    const answer = await api.rest('/api/Platforms/');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers REST parameter errors in the reference’s form format', async () => {
    const missing = await api.rest('/api/ProcessedCrash/');
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ errors: { crash_id: ['This field is required.'] } });
    const notNumber = await api.rest('/api/SignaturesByBugs/?bug_ids=abc');
    expect(notNumber.json).toEqual({ errors: { bug_ids: ['Enter a whole number.'] } });
    const unknown = await api.rest(`/api/ProcessedCrash/?crash_id=${testCrashId(99)}`);
    expect(unknown.status).toBe(404);
    const wrongMethod = await api.rest('/api/Reprocessing/');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.json).toEqual({
      error: 'GET is not allowed on /api/Reprocessing/; use POST',
    });
  });
});
