/**
 * The REST answers have the shapes of the reference's examples
 * (../shared/crashstats-data/api_examples.json, read in place).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { associateBug } from '../../src/stores/bug-store.js';
import { saveProductVersions } from '../../src/stores/product-version-store.js';
import { recordSignatureSeen } from '../../src/stores/signature-store.js';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';
import { CONFORMANCE_DIR, hasCrashStatsData } from '../fixtures/conformance-dir.js';
import { compareJsonShape } from '../fixtures/json-shape.js';
import { testCrashId } from '../fixtures/test-crashes.js';

type Examples = Record<string, Record<string, unknown>>;

describe.skipIf(!hasCrashStatsData())('REST answers match the Crash Stats examples', () => {
  let api: ApiHarness;
  let examples: Examples;

  beforeAll(async () => {
    examples = JSON.parse(
      readFileSync(path.join(CONFORMANCE_DIR, 'crashstats-data/api_examples.json'), 'utf8'),
    ) as Examples;
    api = await startApiHarness();
    await associateBug(api.appDb, 999999, ['OOM | small']);
    await recordSignatureSeen(api.appDb, {
      signature: 'OOM | Small',
      date: '2018-10-06T00:22:58.074859+00:00',
      buildId: '20180920131237',
    });
    await recordSignatureSeen(api.appDb, {
      signature: 'OOM | Large',
      date: '2018-10-06T00:22:58.074859+00:00',
      buildId: '20180920131237',
    });
    await saveProductVersions(api.appDb, [
      {
        product_name: 'Firefox',
        release_channel: 'beta',
        major_version: 51,
        release_version: '51.0',
        version_string: '51.0b5',
        build_id: '20161129164126',
        archive_url: null,
      },
      {
        product_name: 'Firefox',
        release_channel: 'beta',
        major_version: 51,
        release_version: '51.0',
        version_string: '51.0rc1',
        build_id: '20161129164126',
        archive_url: null,
      },
    ]);
  });
  afterAll(async () => api.close());

  const requestPath = (example: Record<string, unknown>) => {
    const request = String(example.request);
    return request.slice(request.indexOf(' ') + 1).replace(/ /g, '%20');
  };

  it('SuperSearch: hits, total, facets and errors', async () => {
    const example = examples.SuperSearch_basic!;
    const { status, json } = await api.rest(requestPath(example));
    expect(status).toBe(200);
    expect(compareJsonShape(example.response_shape, json)).toEqual([]);
    expect((json as { total: number }).total).toBe(4);
  });

  it.each([
    'SuperSearch_cardinality',
    'SuperSearch_cardinality_as_sub_agg',
    'SuperSearch_date_histogram',
    'SuperSearch_nested_aggs',
  ])('%s: facets of the same shape', async (name) => {
    const example = examples[name]!;
    const { status, json } = await api.rest(requestPath(example));
    expect(status).toBe(200);
    const facets = (json as { facets: Record<string, unknown> }).facets;
    for (const [key, shape] of Object.entries(example.response_facets as Record<string, unknown>)) {
      expect(facets).toHaveProperty(key);
      expect(compareJsonShape(shape, facets[key])).toEqual([]);
    }
  });

  it('SuperSearch: booleans facet as T and F', async () => {
    const { json } = await api.rest('/api/SuperSearch/?_facets=startup_crash&_results_number=0');
    const terms = (
      json as { facets: { startup_crash: { term: string }[] } }
    ).facets.startup_crash.map((bucket) => bucket.term);
    expect(terms.sort()).toEqual(['F', 'T']);
    const example = examples.SuperSearch_boolean_facet_terms!.response_facets as {
      startup_crash: unknown;
    };
    expect(
      compareJsonShape(
        example.startup_crash,
        (json as { facets: { startup_crash: unknown } }).facets.startup_crash,
      ),
    ).toEqual([]);
  });

  it('SuperSearch: _return_query gives the backend query and indices', async () => {
    const example = examples.SuperSearch_return_query!;
    const { json } = await api.rest(requestPath(example));
    expect(Object.keys(json as object).sort()).toEqual(['indices', 'query']);
  });

  it('SuperSearch: a bad argument is a 400 in the reference’s words', async () => {
    const { status, json } = await api.rest('/api/SuperSearch/?_results_number=1001');
    expect(status).toBe(400);
    expect(json).toEqual({
      error: 'Bad request: BadArgumentError: _results_number cannot be greater than 1,000',
    });
    expect(compareJsonShape(examples.SuperSearch_bad_request!.body, json)).toEqual([]);
  });

  it('SuperSearchUnredacted: 403 body as the reference', async () => {
    const example = examples.SuperSearchUnredacted_forbidden!;
    const { status, json } = await api.rest('/api/SuperSearchUnredacted/');
    expect(status).toBe(example.status);
    expect(json).toEqual(example.body);
  });

  it.each(['Bugs', 'SignaturesByBugs', 'SignatureFirstDate', 'VersionString'])(
    '%s: the example’s answer',
    async (name) => {
      const example = examples[name]!;
      const { status, json } = await api.rest(requestPath(example));
      expect(status).toBe(200);
      expect(json).toEqual(example.response);
    },
  );

  it('Bugs: a missing parameter is a form error', async () => {
    const example = examples.Bugs_missing_param!;
    const { status, json } = await api.rest('/api/Bugs/');
    expect(status).toBe(example.status);
    expect(json).toEqual(example.body_shape);
  });

  it('CrashVerify: where the crash is', async () => {
    const example = examples.CrashVerify!;
    const { json } = await api.rest(`/api/CrashVerify/?crash_id=${testCrashId(1)}`);
    expect(compareJsonShape(example.response_shape, json)).toEqual([]);
    expect(json).toEqual({
      uuid: testCrashId(1),
      raw_crash: true,
      processed_crash: true,
      elasticsearch_crash: true,
      telemetry_crash: false,
    });
  });

  it('RawCrash: dumps need View Raw Dumps, and download as the reference names them', async () => {
    const example = examples.RawCrash_binary!;
    const url = `/api/RawCrash/?crash_id=${testCrashId(1)}&format=raw&name=upload_file_minidump`;
    const refused = await api.rest(url);
    expect(refused.status).toBe((example.forbidden as { status: number }).status);
    expect(refused.json).toEqual((example.forbidden as { body: unknown }).body);
    const token = await api.createTokenWith(['view_rawdump']);
    const response = await fetch(`${api.url}${url}`, { headers: { 'auth-token': token } });
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${testCrashId(1)}-upload_file_minidump.dmp"`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([77, 68, 77, 80]));
    for (const name of ['processed_crash', 'raw_crash', 'dump_names', 'memory_report']) {
      const other = await api.rest(
        `/api/RawCrash/?crash_id=${testCrashId(1)}&format=raw&name=${name}`,
        {
          headers: { 'auth-token': token },
        },
      );
      expect(other.status).toBe(404);
      expect(other.text).not.toContain('SECRET');
    }
  });

  it('an unknown endpoint is a 404 naming it', async () => {
    const example = examples.unknown_endpoint!;
    const { status, json } = await api.rest('/api/Field/');
    expect(status).toBe(example.status);
    expect(json).toEqual(example.body);
  });

  it('Reprocessing: needs Reprocess Crashes, queues ids with their ruleset, refuses bad ones', async () => {
    const example = examples.Reprocessing!;
    const form = new URLSearchParams();
    for (const id of [testCrashId(1), `${testCrashId(2)}:regenerate_signature`])
      form.append('crash_ids', id);
    expect((await api.rest('/api/Reprocessing/', { form })).status).toBe(403);
    const token = await api.createTokenWith(['reprocess_crashes']);
    const accepted = await api.rest('/api/Reprocessing/', {
      form,
      headers: { 'auth-token': token },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toBe(true);
    const messages = await api.queue.receive({ maxMessages: 10 });
    expect(messages.map((message) => [message.queue, message.body])).toEqual([
      ['reprocessing', testCrashId(1)],
      ['reprocessing', `${testCrashId(2)}:regenerate_signature`],
    ]);
    expect(example.valid_rulesets).toEqual(['default', 'regenerate_signature']);
    const bad = await api.rest('/api/Reprocessing/', {
      form: new URLSearchParams({ crash_ids: `${testCrashId(1)}:everything` }),
      headers: { 'auth-token': token },
    });
    expect(bad.status).toBe(400);
  });
});
