/**
 * One crash end to end through real processes: `cairn up` on embedded adapters in an empty data
 * directory, `cairn submit` of a minidump, then the GraphQL query for its id.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findFreePort,
  runCairn,
  startCairn,
  waitFor,
  type CairnProcess,
} from '../cairn-process.js';

describe('cairn up, cairn submit, GraphQL', () => {
  let dataDir: string;
  let cairn: CairnProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cairn-e2e-'));
    env = {
      CAIRN_DATA_DIR: dataDir,
      CAIRN_COLLECTOR_PORT: String(await findFreePort()),
      CAIRN_API_PORT: String(await findFreePort()),
      CAIRN_PROCESSOR_PORT: String(await findFreePort()),
    };
    cairn = startCairn(['up'], env);
    await waitFor(
      async () =>
        (await fetch(`http://127.0.0.1:${env.CAIRN_API_PORT}/__lbheartbeat__`)).ok
          ? true
          : undefined,
      60_000,
      'the API to listen',
    );
    await waitFor(
      async () =>
        (await fetch(`http://127.0.0.1:${env.CAIRN_COLLECTOR_PORT}/__lbheartbeat__`)).ok
          ? true
          : undefined,
      30_000,
      'the collector to listen',
    );
  });

  afterAll(async () => {
    cairn.child.kill('SIGTERM');
    await cairn.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers the GraphQL query for a submitted crash with its product and version within 10 s', async () => {
    const dump = path.join(dataDir, 'small.dmp');
    await writeFile(dump, Buffer.from('MDMP\x93\xa7\x00\x00small test dump', 'latin1'));
    const submitted = await runCairn(
      ['submit', dump, '--annotation', 'ProductName=Firefox', '--annotation', 'Version=120.0.1'],
      env,
    );
    expect(submitted.stderr).toBe('');
    expect(submitted.code).toBe(0);
    const crashId = submitted.stdout.trim();
    expect(crashId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}\d{6}$/);

    const submittedAt = Date.now();
    const crash = await waitFor(
      async () => {
        const response = await fetch(`http://127.0.0.1:${env.CAIRN_API_PORT}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'query ($id: String!) { crash(id: $id) { crashId isProcessed fields { product version } } }',
            variables: { id: `bp-${crashId}` },
          }),
        });
        const body = (await response.json()) as { data?: { crash: { isProcessed: boolean } } };
        return body.data?.crash?.isProcessed ? body.data.crash : undefined;
      },
      10_000,
      'the crash to be processed',
    );
    expect(Date.now() - submittedAt).toBeLessThanOrEqual(10_000);
    expect(crash).toEqual({
      crashId,
      isProcessed: true,
      fields: { product: 'Firefox', version: '120.0.1' },
    });
  });

  it('runs the scheduled jobs too', () => {
    expect(cairn.output()).toContain('cron started');
  });

  it('stops cleanly on SIGTERM', async () => {
    cairn.child.kill('SIGTERM');
    expect(await cairn.exited).toBe(0);
    expect(cairn.output()).toContain('stopping: finishing in-flight work');
  });
});
