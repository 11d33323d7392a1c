/**
 * The `api` conformance suite: every example request of the reference
 * (crashstats-data/api_examples.json) replayed against a real API, and the field catalog
 * compared with the reference's field definitions (supersearch_fields.json). Examples are
 * handled by kind, never by name: an exact `response` is compared exactly (the application
 * data it needs, bugs, first dates and versions, is seeded from the example first), a
 * `response_shape` or `response_facets` by shape, a `status` with a `body` exactly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIELD_CATALOG } from '@cairn/core';
import { PERMISSIONS, PERMISSION_CODENAMES } from '../../src/auth/permissions.js';
import { associateBug } from '../../src/stores/bug-store.js';
import { saveProductVersions } from '../../src/stores/product-version-store.js';
import { recordSignatureSeen } from '../../src/stores/signature-store.js';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';
import { compareJsonShape } from '../fixtures/json-shape.js';
import { testCrashId } from '../fixtures/test-crashes.js';

/** What a suite reports (scripts/conformance.ts). */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

type Example = Record<string, unknown>;

/** The crash every `<crash id>` placeholder of a request stands for (a stored test crash). */
const EXAMPLE_CRASH_ID = testCrashId(1);

/** The path and query of a `GET /api/…` example request, placeholders filled, spaces encoded. */
function getPath(example: Example): string | undefined {
  const request = example.request;
  if (typeof request !== 'string' || !request.startsWith('GET /api/')) return undefined;
  return request
    .slice('GET '.length)
    .replace(/<(crash )?id>/g, EXAMPLE_CRASH_ID)
    .replace(/ /g, '%20');
}

/** JSON with sorted keys, to compare answers whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

/** Request headers of an example; `Auth-Token: <token with X>` becomes a token holding X. */
async function headersOf(api: ApiHarness, example: Example): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries((example.headers ?? {}) as Record<string, string>)) {
    const wanted = /^<token with (.+)>$/.exec(value)?.[1];
    if (name.toLowerCase() !== 'auth-token' || wanted === undefined) {
      headers[name] = value;
      continue;
    }
    const permissions = PERMISSION_CODENAMES.filter((codename) => PERMISSIONS[codename] === wanted);
    headers['auth-token'] = await api.createTokenWith(permissions);
  }
  return headers;
}

/** Seeds the application data an exact example answer lists. */
async function seedFromExample(
  api: ApiHarness,
  requestPath: string,
  response: unknown,
): Promise<void> {
  const hits = (response as { hits?: Record<string, unknown>[] } | undefined)?.hits ?? [];
  const query = new URLSearchParams(requestPath.split('?')[1] ?? '');
  for (const hit of hits) {
    if (typeof hit.id === 'number' && typeof hit.signature === 'string') {
      await associateBug(api.appDb, hit.id, [hit.signature]);
    }
    if (typeof hit.first_date === 'string' && typeof hit.signature === 'string') {
      await recordSignatureSeen(api.appDb, {
        signature: hit.signature,
        date: hit.first_date,
        buildId: typeof hit.first_build === 'string' ? hit.first_build : null,
      });
    }
    if (typeof hit.version_string === 'string') {
      const version = hit.version_string;
      await saveProductVersions(api.appDb, [
        {
          product_name: query.get('product') ?? '',
          release_channel: (query.get('channel') ?? '').toLowerCase(),
          major_version: Number.parseInt(version, 10) || 0,
          release_version: version.replace(/(b|rc|a)\d*$/, ''),
          version_string: version,
          build_id: query.get('build_id') ?? '',
          archive_url: null,
        },
      ]);
    }
  }
}

async function checkExample(api: ApiHarness, example: Example): Promise<string[]> {
  const requestPath = getPath(example);
  if (requestPath === undefined) return [];
  if ('response' in example) await seedFromExample(api, requestPath, example.response);
  const { status, json, headers } = await api.rest(requestPath, {
    headers: await headersOf(api, example),
  });
  const problems: string[] = [];
  const expectedStatus = typeof example.status === 'number' ? example.status : 200;
  if (status !== expectedStatus) problems.push(`status ${status} instead of ${expectedStatus}`);
  const response = example.response;
  if (typeof response === 'string' && response.startsWith('application/octet-stream')) {
    // A download, described in words: check its type and that it is an attachment.
    if (headers.get('content-type') !== 'application/octet-stream') {
      problems.push(`content type ${headers.get('content-type')}`);
    }
    if (!/^attachment; filename="[^"]+"$/.test(headers.get('content-disposition') ?? '')) {
      problems.push(`content disposition ${headers.get('content-disposition')}`);
    }
  } else if ('response' in example && canonicalJson(json) !== canonicalJson(response)) {
    problems.push(`answer ${JSON.stringify(json)} instead of ${JSON.stringify(response)}`);
  }
  if ('body' in example && canonicalJson(json) !== canonicalJson(example.body)) {
    problems.push(`body ${JSON.stringify(json)} instead of ${JSON.stringify(example.body)}`);
  }
  if ('body_shape' in example) problems.push(...compareJsonShape(example.body_shape, json));
  if ('response_shape' in example) problems.push(...compareJsonShape(example.response_shape, json));
  if ('response_facets' in example) {
    const facets = (json as { facets?: Record<string, unknown> } | undefined)?.facets ?? {};
    for (const [key, shape] of Object.entries(example.response_facets as Record<string, unknown>)) {
      if (!(key in facets)) problems.push(`no facet ${key}`);
      else problems.push(...compareJsonShape(shape, facets[key], `facets.${key}`));
    }
  }
  return problems;
}

/** The catalog against the reference's field definitions: protection and query type. */
function checkFields(dataDir: string): { name: string; problems: string[] }[] {
  const file = path.join(dataDir, 'crashstats-data/supersearch_fields.json');
  const reference = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    { query_type: string; permissions_needed: string[] }
  >;
  return Object.entries(reference).flatMap(([name, definition]) => {
    const field = FIELD_CATALOG.get(name);
    if (!field) return [];
    const problems: string[] = [];
    const isProtected = definition.permissions_needed.includes('protected');
    if (isProtected !== (field.permission !== null)) {
      problems.push(`protected is ${field.permission !== null}, the reference says ${isProtected}`);
    }
    if (definition.query_type !== field.queryType) {
      problems.push(`query type ${field.queryType}, the reference says ${definition.query_type}`);
    }
    return [{ name: `field ${name}`, problems }];
  });
}

/** Runs the suite against the data in `dataDir`. */
export async function runConformance(dataDir: string): Promise<ConformanceReport> {
  const examples = JSON.parse(
    readFileSync(path.join(dataDir, 'crashstats-data/api_examples.json'), 'utf8'),
  ) as Record<string, Example>;
  const failures: string[] = [];
  let passed = 0;
  const record = (name: string, problems: readonly string[]) => {
    if (problems.length === 0) passed++;
    else failures.push(`${name}: ${problems.join('; ')}`);
  };
  const api = await startApiHarness();
  try {
    for (const [name, example] of Object.entries(examples)) {
      if (name.startsWith('_') || getPath(example) === undefined) continue;
      record(name, await checkExample(api, example));
    }
  } finally {
    await api.close();
  }
  for (const { name, problems } of checkFields(dataDir)) record(name, problems);
  return { passed, failed: failures.length, failures };
}
