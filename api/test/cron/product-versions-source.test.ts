import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CairnError } from '@cairn/core';
import { readProductVersionsSource } from '../../src/cron/product-versions-source.js';

let directory: string;
let server: Server;
let baseUrl: string;
const served = new Map<string, { status: number; body: string }>();

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-versions-'));
  server = createServer((request, response) => {
    const answer = served.get(request.url ?? '') ?? { status: 404, body: 'Not Found' };
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(directory, { recursive: true, force: true });
});

async function fromFile(content: string) {
  const file = path.join(directory, `versions-${Math.random()}.json`);
  await writeFile(file, content);
  return readProductVersionsSource(file, fetch);
}

describe('readProductVersionsSource', () => {
  it('reads rows with their defaults: channel lower-cased, major and release version from the version', async () => {
    const rows = await fromFile(
      JSON.stringify([
        { product: 'Firefox', channel: 'Beta', build_id: '20161129164126', version: '51.0b5' },
        {
          product: 'Firefox',
          channel: 'release',
          build_id: 20161208153507,
          version: '50.1.0',
          major_version: 50,
          release_version: '50.1.0',
          archive_url: 'https://archive.example.org/firefox/50.1.0/',
        },
      ]),
    );
    expect(rows).toEqual([
      {
        product_name: 'Firefox',
        release_channel: 'beta',
        major_version: 51,
        release_version: '51.0b5',
        version_string: '51.0b5',
        build_id: '20161129164126',
        archive_url: null,
      },
      {
        product_name: 'Firefox',
        release_channel: 'release',
        major_version: 50,
        release_version: '50.1.0',
        version_string: '50.1.0',
        build_id: '20161208153507',
        archive_url: 'https://archive.example.org/firefox/50.1.0/',
      },
    ]);
  });

  it('reads the same list from an http URL', async () => {
    served.set('/versions.json', {
      status: 200,
      body: '[{"product":"Fenix","channel":"nightly","build_id":"2024031309","version":"125.0a1"}]',
    });
    expect(await readProductVersionsSource(`${baseUrl}/versions.json`, fetch)).toMatchObject([
      { product_name: 'Fenix', version_string: '125.0a1', major_version: 125 },
    ]);
  });

  it('names every bad row and field, and imports nothing', async () => {
    await expect(
      fromFile(
        JSON.stringify([
          { product: 'Firefox', channel: 'beta', build_id: '20161129164126', version: '51.0b5' },
          { product: '', channel: 'beta', build_id: '1', version: '1.0' },
          { product: 'Firefox', channel: 'beta', build_id: 'abc', version: '1.0' },
          { product: 'Firefox', channel: 'beta', build_id: '1', version: 'nightly' },
          'not an object',
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'PRODUCT_VERSIONS_INVALID',
      message:
        'The product-version source is unusable: row 2: product must be a non-empty text; row 3: build_id must be digits (got "abc"); row 4: major_version must be a whole number (or version must start with one); row 5: must be an object',
    });
  });

  it.each([
    [
      'text that is not JSON',
      '{"product": ',
      /^The product-version source is unusable: it is not JSON \(/,
    ],
    ['JSON that is not a list', '{"versions": []}', /it must be a JSON list of builds$/],
  ])('refuses %s', async (_name, content, message) => {
    await expect(fromFile(content)).rejects.toMatchObject({
      code: 'PRODUCT_VERSIONS_INVALID',
      message: expect.stringMatching(message),
    });
  });

  it('says which file it cannot read and which server refused', async () => {
    await expect(
      readProductVersionsSource(path.join(directory, 'missing.json'), fetch),
    ).rejects.toMatchObject({
      code: 'PRODUCT_VERSIONS_INVALID',
      message: `The product-version source is unusable: ${path.join(directory, 'missing.json')} cannot be read (ENOENT)`,
    });
    await expect(readProductVersionsSource(`${baseUrl}/gone.json`, fetch)).rejects.toMatchObject({
      code: 'PRODUCT_VERSIONS_INVALID',
      message: `The product-version source is unusable: ${baseUrl} answered HTTP 404`,
    });
  });

  it('answers any JSON with rows or PRODUCT_VERSIONS_INVALID, never another error', async () => {
    const file = path.join(directory, 'fuzzed.json');
    const row = fc.record(
      {
        product: fc.oneof(fc.string(), fc.integer()),
        channel: fc.oneof(fc.constantFrom('beta', 'Release', ''), fc.jsonValue()),
        build_id: fc.oneof(fc.stringMatching(/^\d{1,16}$/), fc.jsonValue()),
        version: fc.oneof(fc.constantFrom('51.0b5', '125.0a1', 'nightly'), fc.jsonValue()),
        major_version: fc.jsonValue(),
        release_version: fc.jsonValue(),
        archive_url: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(row, { maxLength: 5 }), fc.jsonValue()), async (value) => {
        await writeFile(file, JSON.stringify(value));
        try {
          const rows = await readProductVersionsSource(file, fetch);
          for (const stored of rows) expect(stored.build_id).toMatch(/^\d+$/);
        } catch (error) {
          expect(error).toBeInstanceOf(CairnError);
          expect((error as CairnError).code).toBe('PRODUCT_VERSIONS_INVALID');
        }
      }),
      { numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
  });
});
