/**
 * Fault test against real S3 and SQS (moto): crash reports keep coming while moto is stopped
 * and started again. Afterwards every report that was answered with a crash id must be in the
 * bucket and on the standard queue, and every other report must have been told to retry (503).
 *
 * The outage stops a private moto (its own port) so other suites keep theirs. moto keeps its
 * state in memory, so it records every request to a file and replays it after the restart:
 * the restarted moto holds what the stopped one held, as a real S3 and SQS would.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createS3CrashStorage,
  createSilentLogger,
  createSqsCrashQueue,
  loadConfig,
  systemClock,
  type CrashQueue,
  type CrashStorage,
} from '@cairn/core';
import { requireService } from '../../test/services.js';
import { buildCollector } from '../src/build-collector.js';
import { loadThrottleRuleSet } from '../src/throttle/load-rule-set.js';
import { annotation, buildMultipartBody, dump } from './fixtures/multipart-builder.js';

const run = promisify(execFile);
const MOTO_SCRIPT = fileURLToPath(new URL('../../scripts/services/moto.sh', import.meta.url));
const PORT = 5000 + 100 + Math.floor(Math.random() * 800);
const ENDPOINT = `http://127.0.0.1:${PORT}`;
const BUCKET = 'cairn-outage-test';
const QUEUES = {
  standard: 'outage-standard',
  priority: 'outage-priority',
  reprocessing: 'outage-reprocessing',
};

const moto = await requireService('moto');
let directory: string;

async function motoScript(command: 'start' | 'stop'): Promise<void> {
  await run('bash', [MOTO_SCRIPT, command], {
    env: {
      ...process.env,
      MOTO_PORT: String(PORT),
      MOTO_RECORDER_FILEPATH: path.join(directory, 'moto-recording'),
    },
    timeout: 120_000,
  });
}

async function motoApi(action: string): Promise<void> {
  const response = await fetch(`${ENDPOINT}/moto-api/recorder/${action}`, { method: 'POST' });
  if (!response.ok) throw new Error(`moto ${action}: ${response.status}`);
}

describe.skipIf(!moto)('collector during an S3 and SQS outage', () => {
  let storage: CrashStorage;
  let queue: CrashQueue;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-outage-'));
    await motoScript('start');
    await motoApi('start-recording');
    const s3 = new S3Client({ endpoint: ENDPOINT, region: 'us-east-1', forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    s3.destroy();
    const sqs = new SQSClient({ endpoint: ENDPOINT, region: 'us-east-1' });
    for (const name of Object.values(QUEUES))
      await sqs.send(new CreateQueueCommand({ QueueName: name }));
    sqs.destroy();
    storage = createS3CrashStorage({ bucket: BUCKET, region: 'us-east-1', endpoint: ENDPOINT });
    queue = createSqsCrashQueue({ queues: QUEUES, region: 'us-east-1', endpoint: ENDPOINT });
  }, 180_000);

  afterAll(async () => {
    await queue?.close();
    await storage?.close();
    await motoScript('stop').catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
  });

  it('stores and publishes every crash it answered with an id, and asks for a retry otherwise', async () => {
    const config = {
      ...loadConfig({ CAIRN_DATA_DIR: directory }).collector,
      saveAttempts: 3,
      retrySleepMs: 200,
      outboxRetryMs: 200,
    };
    const app = buildCollector({
      storage,
      queue,
      clock: systemClock,
      logger: createSilentLogger(),
      config,
      ruleSet: await loadThrottleRuleSet('accept-all'),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/submit`;

    const answered: string[] = [];
    const statuses = new Map<number, number>();
    let sending = true;
    let sequence = 0;
    const client = async () => {
      while (sending) {
        const body = buildMultipartBody([
          annotation('ProductName', 'Firefox'),
          annotation('Sequence', String(sequence++)),
          // Small dumps: moto's recorder interleaves large concurrent entries in its file.
          dump('upload_file_minidump', Buffer.alloc(2_000, sequence % 251)),
        ]);
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=cairnboundary' },
          body: new Uint8Array(body),
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const crashId = /^CrashID=bp-(\S+)\n$/.exec(text)?.[1];
        if (crashId) answered.push(crashId);
      }
    };
    const clients = Array.from({ length: 6 }, client);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    await motoScript('stop');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await motoScript('start');
    await motoApi('replay-recording');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    sending = false;
    await Promise.all(clients);

    const outbox = config.outboxDir;
    await expect
      .poll(async () => (await readdir(outbox).catch(() => [])).length, { timeout: 20_000 })
      .toBe(0);
    await app.close();

    const published = new Set<string>();
    for (;;) {
      const messages = await queue.receive({ maxMessages: 10 });
      if (messages.length === 0) break;
      for (const message of messages) {
        published.add(message.body);
        await queue.ack(message);
      }
    }
    const missingRawCrashes: string[] = [];
    for (const crashId of answered) {
      await storage.loadRawCrash(crashId).catch(() => missingRawCrashes.push(crashId));
    }
    expect(missingRawCrashes).toEqual([]);
    expect(answered.filter((crashId) => !published.has(crashId))).toEqual([]);
    expect(new Set(answered).size).toBe(answered.length);
    expect([...statuses.keys()].sort()).toEqual([200, 503]);
    expect(answered.length).toBeGreaterThan(10);
  }, 120_000);
});
