import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from './fixtures/test-collector.js';

let collector: TestCollector | undefined;
let directory: string | undefined;
afterEach(async () => {
  await collector?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
  collector = undefined;
  directory = undefined;
});

describe('buildCollector', () => {
  it('answers the load balancer with an empty 200', async () => {
    collector = await startTestCollector();
    const response = await fetch(`${collector.url}/__lbheartbeat__`);
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      200,
      'application/json; charset=utf-8',
      '',
    ]);
  });

  it('checks storage and queue for real in /__heartbeat__', async () => {
    let storageUp = true;
    collector = await startTestCollector({
      wrapStorage: (storage) => ({
        ...storage,
        checkHealth: async () => {
          if (!storageUp) throw new TypeError('disk gone at /secret/path');
        },
      }),
    });
    const healthy = await fetch(`${collector.url}/__heartbeat__`);
    expect([healthy.status, await healthy.json()]).toEqual([200, { errors: [] }]);
    storageUp = false;
    const broken = await fetch(`${collector.url}/__heartbeat__`);
    expect([broken.status, await broken.json()]).toEqual([
      503,
      { errors: [{ name: 'storage', msg: 'TypeError' }] },
    ]);
  });

  it('serves the Dockerflow version file, or {} when it is unreadable', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-version-'));
    const versionFile = path.join(directory, 'version.json');
    await writeFile(
      versionFile,
      '{"version": "44.0", "commit": "d6ac5a5d2acf99751b91b2a3ca651d99af6b9db3"}',
    );
    collector = await startTestCollector({ dependencies: { versionFile } });
    expect(await (await fetch(`${collector.url}/__version__`)).json()).toEqual({
      version: '44.0',
      commit: 'd6ac5a5d2acf99751b91b2a3ca651d99af6b9db3',
    });
    expect(collector.logs).toContainEqual(
      expect.objectContaining({ msg: 'collector ready', release: '44.0:d6ac5a5d' }),
    );
    await writeFile(versionFile, '{abc');
    expect(await (await fetch(`${collector.url}/__version__`)).json()).toEqual({});
  });

  it('fails /__broken__ on purpose with a JSON 500 that names no internals', async () => {
    collector = await startTestCollector();
    const response = await fetch(`${collector.url}/__broken__`);
    expect([response.status, await response.json()]).toEqual([
      500,
      { error: { code: 'INTERNAL', message: 'Internal error' } },
    ]);
  });

  it('answers a wrong method with a JSON 405 and Allow, and an unknown path with a JSON 404', async () => {
    collector = await startTestCollector();
    const wrongMethod = await fetch(`${collector.url}/submit`);
    expect([
      wrongMethod.status,
      wrongMethod.headers.get('allow'),
      ((await wrongMethod.json()) as { error: { code: string } }).error.code,
    ]).toEqual([405, 'POST', 'METHOD_NOT_ALLOWED']);
    const unknown = await fetch(`${collector.url}/nowhere`);
    expect([
      unknown.status,
      ((await unknown.json()) as { error: { code: string } }).error.code,
    ]).toEqual([404, 'NOT_FOUND']);
  });

  it('exposes its counters at /metrics', async () => {
    collector = await startTestCollector();
    await collector.submit(Buffer.from('not multipart'));
    const metrics = await (await fetch(`${collector.url}/metrics`)).text();
    expect(metrics).toContain(
      'cairn_collector_malformed_crashes_total{reason="invalid_payload_structure",service="collector"} 1',
    );
  });

  it('stops start-up with a clear message when storage refuses the probe write', async () => {
    await expect(
      startTestCollector({
        wrapStorage: (storage) => ({
          ...storage,
          writeProbe: async () => {
            throw Object.assign(new Error('The specified bucket does not exist'), {
              name: 'NoSuchBucket',
            });
          },
        }),
      }),
    ).rejects.toThrow(
      'collector start-up: crash storage refused the probe write (does the bucket or directory exist, and may Cairn write to it?): NoSuchBucket: The specified bucket does not exist',
    );
  });
});

describe('slow and broken clients', () => {
  it('answers 408 to an upload that stalls mid-body and frees its memory', async () => {
    collector = await startTestCollector({ config: { idleTimeoutMs: 300 } });
    const port = Number(new URL(collector.url).port);
    const response = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /submit HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000\r\n\r\n--b\r\n',
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    const metrics = await (await fetch(`${collector.url}/metrics`)).text();
    expect(metrics).toMatch(/^cairn_collector_inflight_bytes\{[^}]*\} 0$/m);
    expect(collector.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });

  it('answers a request before closing on the bytes after its body', async () => {
    collector = await startTestCollector();
    const port = Number(new URL(collector.url).port);
    const body = '--b\r\nContent-Disposition: form-data; name="A"\r\n\r\n1\r\n--b--\r\n';
    const response = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /submit HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 20\r\n\r\n${body}`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(response).toMatch(/^HTTP\/1\.1 400 [^]*Discarded=malformed_invalid_payload_structure$/);
  });
});
