import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CairnError } from '@cairn/core';
import {
  listBugsWithChangedSignatures,
  type BugzillaClientOptions,
  type BugzillaPage,
} from '../../../src/cron/bugzilla/bugzilla-client.js';
import { startBugzillaServer, type BugzillaServer } from '../../fixtures/bugzilla-server.js';

const SINCE = new Date('2024-03-12T12:00:00Z');

let server: BugzillaServer;
let sleeps: number[];
let options: BugzillaClientOptions;
beforeEach(async () => {
  server = await startBugzillaServer(
    Array.from({ length: 7 }, (_, index) => ({
      id: index + 1,
      cf_crash_signature: `[@ sig${index + 1}]`,
      changed: '2024-03-12',
    })),
  );
  sleeps = [];
  options = {
    baseUrl: server.url,
    apiKey: '',
    fetch,
    sleep: async (ms) => void sleeps.push(ms),
    pageSize: 3,
    retryDelaysMs: [10, 20, 30],
  };
});
afterEach(async () => server.close());

async function readAll(clientOptions = options): Promise<BugzillaPage[]> {
  const pages: BugzillaPage[] = [];
  for await (const page of listBugsWithChangedSignatures(clientOptions, SINCE)) pages.push(page);
  return pages;
}

describe('listBugsWithChangedSignatures', () => {
  it("asks for the reference's fields and changes since the day, page after page", async () => {
    const pages = await readAll();
    expect(pages.map((page) => page.bugs.map((bug) => bug.id))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7],
    ]);
    expect(pages[2]!.bugs).toEqual([{ id: 7, crashSignature: '[@ sig7]' }]);
    const query = server.requests[1]!.query;
    expect(query.get('chfieldfrom')).toBe('2024-03-12');
    expect(query.get('chfieldto')).toBe('Now');
    expect(query.getAll('chfield')).toEqual(['[Bug creation]', 'cf_crash_signature']);
    expect(query.get('include_fields')).toBe('id,cf_crash_signature');
    expect(query.get('order')).toBe('bug_id');
    expect(server.requests.map((request) => request.query.get('offset'))).toEqual(['0', '3', '6']);
  });

  it('leaves out bugs not changed since the day', async () => {
    server.bugs = [
      { id: 1, cf_crash_signature: '[@ old]', changed: '2024-03-11' },
      { id: 2, cf_crash_signature: '[@ new]', changed: '2024-03-12' },
    ];
    expect((await readAll()).flatMap((page) => page.bugs)).toEqual([
      { id: 2, crashSignature: '[@ new]' },
    ]);
  });

  it('sends the API key header only when there is a key', async () => {
    await readAll();
    expect(server.requests[0]!.apiKey).toBeUndefined();
    server.apiKey = 'this_token';
    await readAll({ ...options, apiKey: 'this_token' });
    expect(server.requests.at(-1)!.apiKey).toBe('this_token');
  });

  it('counts entries without a usable id or with a non-text signature field, and reads the rest', async () => {
    server.bugs = [
      { id: '12', cf_crash_signature: '[@ from a string id]', changed: '2024-03-12' },
      { id: 'twelve', cf_crash_signature: '[@ x]', changed: '2024-03-12' },
      { id: -4, cf_crash_signature: '[@ x]', changed: '2024-03-12' },
      { id: 13, cf_crash_signature: 42, changed: '2024-03-12' },
      { id: 14, cf_crash_signature: null, changed: '2024-03-12' },
      { id: 15, changed: '2024-03-12' },
    ];
    const pages = await readAll({ ...options, pageSize: 10 });
    expect(pages).toEqual([
      {
        bugs: [
          { id: 12, crashSignature: '[@ from a string id]' },
          { id: 14, crashSignature: '' },
          { id: 15, crashSignature: '' },
        ],
        malformed: 3,
      },
    ]);
  });

  it('stops when a server ignores the offset instead of reading the same page forever', async () => {
    server.ignoreOffset = true;
    const pages = await readAll();
    expect(pages.map((page) => page.bugs.length)).toEqual([3, 0]);
  });

  it('retries 5xx and 429 answers and dropped connections after growing delays', async () => {
    server.faults.push(
      { status: 503, body: 'Service Unavailable' },
      { dropConnection: true },
      { status: 429, body: '{"error":true,"code":429,"message":"slow down"}' },
    );
    const pages = await readAll();
    expect(pages.flatMap((page) => page.bugs)).toHaveLength(7);
    expect(sleeps).toEqual([10, 20, 30]);
  });

  it('fails with BUGZILLA_FAILED once the retries are used up', async () => {
    const fault = { status: 500, body: '{"error":true,"code":100500,"message":"database gone"}' };
    server.faults.push(fault, fault, fault, fault);
    await expect(readAll()).rejects.toMatchObject({
      code: 'BUGZILLA_FAILED',
      message: 'Bugzilla answered HTTP 500 (code 100500: database gone)',
    });
    expect(server.requests).toHaveLength(4);
  });

  it('fails at once, without retrying, when Bugzilla refuses the API key', async () => {
    server.apiKey = 'the right key';
    await expect(readAll({ ...options, apiKey: 'a wrong key' })).rejects.toMatchObject({
      code: 'BUGZILLA_FAILED',
      message:
        'Bugzilla answered HTTP 400 (code 306: The API key you specified is invalid. Please check that you typed it correctly.)',
    });
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('names a network failure without showing the API key', async () => {
    await server.close();
    const error = await readAll({ ...options, apiKey: 'secret-key' }).catch((thrown) => thrown);
    expect(error).toMatchObject({ code: 'BUGZILLA_FAILED' });
    expect(error.message).toMatch(/^Could not reach Bugzilla at http:\/\/127\.0\.0\.1:\d+: /);
    expect(error.message).not.toContain('secret-key');
    expect(sleeps).toEqual([10, 20, 30]);
    server = await startBugzillaServer();
  });

  it.each([
    [
      'a body that is not JSON',
      'Gateway says hello',
      'Bugzilla answered something that is not JSON',
    ],
    [
      'JSON without a bug list',
      '{"bugs": {"1": {}}}',
      'Bugzilla answered JSON without a "bugs" list',
    ],
    [
      'an error body with a success status',
      '{"error": true, "code": 108, "message": "Invalid search"}',
      'Bugzilla refused the search (code 108: Invalid search)',
    ],
  ])('fails at once on %s', async (_name, body, message) => {
    server.faults.push({ status: 200, body });
    await expect(readAll()).rejects.toMatchObject({ code: 'BUGZILLA_FAILED', message });
    expect(server.requests).toHaveLength(1);
  });

  it('answers any body with bugs or BUGZILLA_FAILED, never another error', async () => {
    const bug = fc.record(
      {
        id: fc.oneof(fc.integer(), fc.string(), fc.jsonValue()),
        cf_crash_signature: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc
        .record({ bugs: fc.array(fc.oneof(bug, fc.jsonValue()), { maxLength: 5 }) })
        .map((value) => JSON.stringify(value)),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(200, 400, 404, 500), async (text, status) => {
        server.faults.length = 0;
        server.faults.push(
          { status, body: text },
          { status, body: text },
          { status, body: text },
          { status, body: text },
        );
        try {
          for await (const page of listBugsWithChangedSignatures(
            { ...options, pageSize: 10 },
            SINCE,
          )) {
            for (const found of page.bugs) {
              expect(Number.isSafeInteger(found.id) && found.id > 0).toBe(true);
              expect(typeof found.crashSignature).toBe('string');
            }
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CairnError);
          expect((error as CairnError).code).toBe('BUGZILLA_FAILED');
        }
      }),
      { numRuns: 150, interruptAfterTimeLimit: 10_000 },
    );
  });
});
