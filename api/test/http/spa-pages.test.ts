/**
 * Deep links into the web app: page paths answer index.html to browsers, while API paths,
 * service routes, unknown files and clients that do not ask for HTML keep their JSON answers.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFsCrashStorage,
  createSilentLogger,
  createSqliteAppDb,
  createSqliteCrashQueue,
  createSqliteSearchIndex,
} from '@cairn/core';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../../src/build-api.js';
import { isSpaPageRequest } from '../../src/http/spa-pages.js';

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div></body></html>';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('web app pages served by the API', () => {
  let directory: string;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'cairn-spa-pages-'));
    const staticDir = path.join(directory, 'dist');
    await mkdir(path.join(staticDir, 'assets'), { recursive: true });
    await writeFile(path.join(staticDir, 'index.html'), INDEX_HTML);
    await writeFile(path.join(staticDir, 'assets/app-1234.js'), 'console.log(1);');
    const appDb = createSqliteAppDb(path.join(directory, 'cairn.sqlite'));
    await appDb.migrate();
    app = await buildApi({
      storage: createFsCrashStorage(path.join(directory, 'crashes')),
      searchIndex: createSqliteSearchIndex({
        file: path.join(directory, 'search.sqlite'),
        retentionWeeks: 26,
      }),
      appDb,
      queue: createSqliteCrashQueue({
        file: path.join(directory, 'queue.sqlite'),
        visibilityTimeoutMs: 60_000,
      }),
      logger: createSilentLogger(),
      staticDir,
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await app?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const get = (pathAndQuery: string, accept = BROWSER_ACCEPT, method = 'GET') =>
    fetch(`${url}${pathAndQuery}`, { method, headers: { accept } });

  it.each([
    '/report/index/de1bb258-cbbf-4589-a673-34f800160918',
    '/search/?product=Firefox&signature=~moz',
    '/signature/?signature=A+%7C+B',
    '/topcrashers/?product=Firefox',
    '/documentation/datadictionary/',
    '/tokens/',
  ])('answers index.html, uncached, to a browser opening %s', async (page) => {
    const response = await get(page);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('still serves the build’s files and the root page', async () => {
    expect(await (await get('/assets/app-1234.js', '*/*')).text()).toBe('console.log(1);');
    expect(await (await get('/')).text()).toBe(INDEX_HTML);
  });

  it('answers JSON 404s to clients that do not ask for HTML', async () => {
    const response = await get('/report/index/x', 'application/json');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('never answers the web app for API paths, missing assets or other methods', async () => {
    for (const [pathAndQuery, method] of [
      ['/api/NoSuchEndpoint/', 'GET'],
      ['/assets/missing.js', 'GET'],
      ['/__nope__', 'GET'],
      ['/report/index/x', 'POST'],
    ] as const) {
      const response = await get(pathAndQuery, BROWSER_ACCEPT, method);
      expect(response.status, `${method} ${pathAndQuery}`).toBeGreaterThanOrEqual(400);
      expect(await response.text(), `${method} ${pathAndQuery}`).not.toContain('<div id="root">');
    }
  });
});

describe('isSpaPageRequest', () => {
  it.each([
    ['/search/', BROWSER_ACCEPT, true],
    ['/search/', 'application/json', false],
    ['/search/', '', false],
    ['/graphql?query=x', BROWSER_ACCEPT, false],
    ['/api/SuperSearch/', BROWSER_ACCEPT, false],
    ['/__heartbeat__', BROWSER_ACCEPT, false],
    ['/metrics', BROWSER_ACCEPT, false],
  ])('%s with Accept %j → %s', (pathAndQuery, accept, expected) => {
    expect(isSpaPageRequest({ url: pathAndQuery, headers: { accept } })).toBe(expected);
  });
});
