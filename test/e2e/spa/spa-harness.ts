/**
 * What the SPA's browser tests share: the SPA built into frontend/dist (where `cairn up`
 * serves it from), `cairn up` on embedded adapters in a temporary data directory, a user with
 * the reference's "Hackers" permissions, crashes from the shared minidump corpus, and Debian's
 * Chromium driven by playwright-core (never a downloaded browser).
 *
 * Two crashes go through `cairn submit`; the others are posted to the collector the way a
 * crash reporter does, because every CLI start costs seconds on a loaded 2-core machine.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { OPERATOR_CALLER, adminCreateUser, adminGrant, ensureDefaultGroups } from '@cairn/api';
import { createAppDb, loadConfig, systemClock } from '@cairn/core';
import {
  findFreePort,
  runCairn,
  startCairn,
  waitFor,
  type CairnProcess,
} from '../../cairn-process.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Debian's Chromium; CI installs it (.ci/run). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The shared conformance data, read in place. */
export const CONFORMANCE_DIR =
  process.env.CAIRN_CONFORMANCE_DIR ?? path.resolve(REPO_ROOT, '../shared');

/** The password of the test user. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A user in the "Hackers" group: view_pii, view_rawdump and reprocess_crashes. */
export const HACKER_EMAIL = 'hacker@example.com';

/** A crash the tests send. */
export interface TestCrash {
  readonly dump: string;
  readonly annotations: Readonly<Record<string, string>>;
  /** Sent with `cairn submit` (else posted to the collector directly). */
  readonly viaCli: boolean;
}

/** The crashes sent at start: two products, three versions, five signatures. */
export const TEST_CRASHES = {
  macInlines: {
    dump: 'pipeline-inlines-macos-segv.dmp',
    annotations: {
      ProductName: 'Firefox',
      Version: '120.0',
      ReleaseChannel: 'release',
      URL: 'https://private.example/secret-page',
      Comments: 'it crashed while I typed my password',
    },
    viaCli: true,
  },
  thunderbird: {
    dump: 'linux_null_read_av.dmp',
    annotations: { ProductName: 'Thunderbird', Version: '115.0', ReleaseChannel: 'release' },
    viaCli: true,
  },
  linuxOverflow: {
    dump: 'linux_overflow.dmp',
    annotations: { ProductName: 'Firefox', Version: '121.0', ReleaseChannel: 'release' },
    viaCli: false,
  },
  windowsWrite: {
    dump: 'test.dmp',
    annotations: { ProductName: 'Firefox', Version: '121.0', ReleaseChannel: 'release' },
    viaCli: false,
  },
  stackOverflow: {
    dump: 'stack_exhaustion.dmp',
    annotations: { ProductName: 'Firefox', Version: '121.0', ReleaseChannel: 'release' },
    viaCli: false,
  },
} as const satisfies Record<string, TestCrash>;

/** The running system and its browser. */
export interface SpaHarness {
  readonly baseUrl: string;
  readonly env: Readonly<Record<string, string>>;
  readonly browser: Browser;
  /** Crash ids by TEST_CRASHES key. */
  readonly crashIds: Readonly<Record<keyof typeof TEST_CRASHES, string>>;
  /** Posts a GraphQL document to the API, as a script would. */
  graphql<T>(
    query: string,
    variables?: object,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: unknown[] }>;
  close(): Promise<void>;
}

/** Why the suite cannot run here, or undefined when it can (under CI it always must). */
export function missingPrerequisite(): string | undefined {
  if (!existsSync(CHROMIUM_PATH))
    return `${CHROMIUM_PATH} is missing (apt-get install -y chromium)`;
  if (!existsSync(path.join(CONFORMANCE_DIR, 'minidumps'))) {
    return `${CONFORMANCE_DIR}/minidumps is missing`;
  }
  return undefined;
}

/** Builds the SPA into frontend/dist with Vite, as `npm run build` does. */
export async function buildSpa(): Promise<void> {
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: path.join(REPO_ROOT, 'frontend'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed:\n${output}`);
}

/** Creates the test user and puts it in the Hackers group, as `cairn users` does. */
async function createHacker(env: Record<string, string>): Promise<void> {
  const appDb = createAppDb(loadConfig(env));
  try {
    await appDb.migrate();
    await ensureDefaultGroups(appDb);
    const deps = { appDb, clock: systemClock };
    await adminCreateUser(deps, OPERATOR_CALLER, { email: HACKER_EMAIL, password: TEST_PASSWORD });
    await adminGrant(deps, OPERATOR_CALLER, { email: HACKER_EMAIL, group: 'Hackers' });
  } finally {
    await appDb.close();
  }
}

/** Sends one crash; returns its id. */
async function sendCrash(crash: TestCrash, env: Record<string, string>): Promise<string> {
  const dumpPath = path.join(CONFORMANCE_DIR, 'minidumps', crash.dump);
  if (crash.viaCli) {
    const annotations = Object.entries(crash.annotations).flatMap(([key, value]) => [
      '-a',
      `${key}=${value}`,
    ]);
    const result = await runCairn(['submit', dumpPath, ...annotations], env);
    if (result.code !== 0) throw new Error(`cairn submit ${crash.dump} failed: ${result.stderr}`);
    return result.stdout.trim();
  }
  const form = new FormData();
  for (const [key, value] of Object.entries(crash.annotations)) form.append(key, value);
  form.append('upload_file_minidump', new Blob([await readFile(dumpPath)]), crash.dump);
  const response = await fetch(`http://127.0.0.1:${env.CAIRN_COLLECTOR_PORT}/submit`, {
    method: 'POST',
    body: form,
  });
  const answer = await response.text();
  const crashId = /^CrashID=bp-(\S+)/.exec(answer)?.[1];
  if (!response.ok || !crashId) throw new Error(`the collector refused ${crash.dump}: ${answer}`);
  return crashId;
}

/** Starts everything; call close() when done. */
export async function startSpaHarness(): Promise<SpaHarness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cairn-spa-'));
  const env: Record<string, string> = {
    CAIRN_DATA_DIR: dataDir,
    CAIRN_API_PORT: String(await findFreePort()),
    CAIRN_COLLECTOR_PORT: String(await findFreePort()),
    CAIRN_PROCESSOR_PORT: String(await findFreePort()),
    CAIRN_SYMBOLS_PATHS: path.join(CONFORMANCE_DIR, 'minidumps/symbols'),
    // The browser and the test share 127.0.0.1; the reference's 100 a minute is for people.
    CAIRN_API_RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    CAIRN_API_SEARCH_RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    CAIRN_API_SEARCH_RATE_LIMIT_AUTHENTICATED_PER_MINUTE: '100000',
  };
  const baseUrl = `http://127.0.0.1:${env.CAIRN_API_PORT}`;
  let up: CairnProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    if (up) {
      up.child.kill('SIGTERM');
      await up.exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const [, launched] = await Promise.all([
      buildSpa(),
      chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      }),
      createHacker(env),
    ]);
    browser = launched;
    up = startCairn(['up'], env);
    const started = up;
    await waitFor(
      async () => ((await fetch(`${baseUrl}/__lbheartbeat__`)).ok ? true : undefined),
      120_000,
      'cairn up to listen',
    ).catch((error: Error) => {
      throw new Error(`${error.message}; its output:\n${started.output().slice(-2000)}`);
    });
    await waitFor(
      async () =>
        (await fetch(`http://127.0.0.1:${env.CAIRN_COLLECTOR_PORT}/__lbheartbeat__`)).ok
          ? true
          : undefined,
      60_000,
      'the collector to listen',
    );

    const names = Object.keys(TEST_CRASHES) as (keyof typeof TEST_CRASHES)[];
    const ids = await Promise.all(names.map((name) => sendCrash(TEST_CRASHES[name], env)));
    const crashIds = Object.fromEntries(
      names.map((name, index) => [name, ids[index]!]),
    ) as SpaHarness['crashIds'];

    const graphql: SpaHarness['graphql'] = async (query, variables = {}, headers = {}) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: never; errors?: unknown[] };
    };
    await waitFor(
      async () => {
        const result = await graphql<{ search: { total: number } }>(
          '{ search(query: { resultsNumber: 0, aggregations: [] }) { total } }',
        );
        return result.data?.search.total === names.length ? true : undefined;
      },
      120_000,
      'every submitted crash to be processed and indexed',
    );
    return { baseUrl, env, browser, crashIds, graphql, close };
  } catch (error) {
    await close();
    throw error;
  }
}
