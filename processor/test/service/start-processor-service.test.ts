import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger, loadConfig, systemClock } from '@cairn/core';
import {
  startProcessorService,
  type ProcessorService,
} from '../../src/service/start-processor-service.js';
import {
  openEmbeddedPorts,
  waitUntil,
  type EmbeddedPorts,
} from '../fixtures/embedded-processor.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the processor service', () => {
  let ports: EmbeddedPorts;
  let service: ProcessorService;

  beforeAll(async () => {
    ports = await openEmbeddedPorts();
    const config = loadConfig({
      CAIRN_DATA_DIR: ports.directory,
      CAIRN_PROCESSOR_PORT: String(await freePort()),
      CAIRN_PROCESSOR_WORKERS: '1',
    });
    service = await startProcessorService({
      config,
      ...ports,
      clock: systemClock,
      logger: createSilentLogger(),
    });
  });
  afterAll(async () => {
    await service?.stop();
    await ports?.close();
  });

  it('answers the Dockerflow heartbeats with its dependency checks', async () => {
    expect((await fetch(new URL('__lbheartbeat__', service.url))).status).toBe(200);
    const heartbeat = await fetch(new URL('__heartbeat__', service.url));
    expect(heartbeat.status).toBe(200);
    expect(await heartbeat.json()).toEqual({ errors: [] });
    expect(await (await fetch(new URL('__version__', service.url))).json()).toMatchObject({
      service: 'processor',
    });
  });

  it('writes the Telemetry schema next to the export', async () => {
    const schema = JSON.parse(
      await readFile(
        path.join(ports.directory, 'telemetry', 'telemetry_socorro_crash.json'),
        'utf8',
      ),
    ) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('platform_pretty_version');
  });

  it('processes crashes from the queue and counts them in /metrics', async () => {
    const today = new Date().toISOString().slice(2, 10).replaceAll('-', '');
    const crashId = `22222222-3333-4444-8555-000001${today}`;
    await ports.storage.saveRawCrash(
      crashId,
      { uuid: crashId, ProductName: 'App', submitted_timestamp: new Date().toISOString() },
      new Map(),
    );
    await ports.queue.publish('standard', [crashId]);
    await waitUntil(
      async () =>
        (await fetch(new URL('metrics', service.url)).then((response) => response.text())).includes(
          'cairn_processor_crashes_total{outcome="processed",service="processor"} 1',
        ),
      30_000,
      'the crash to be counted',
    );
    const metrics = await (await fetch(new URL('metrics', service.url))).text();
    expect(metrics).toContain(
      'cairn_processor_dependency_up{dependency="storage",service="processor"} 1',
    );
    expect(metrics).toContain('cairn_processor_rule_seconds_bucket');
    expect(await ports.storage.loadProcessedCrash(crashId)).toMatchObject({
      product: 'App',
      success: true,
    });
  });
});
