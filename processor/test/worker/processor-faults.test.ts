/**
 * Fault test against the distributed adapters on real services: S3 and SQS (moto) and
 * Elasticsearch, each reached through a proxy the test cuts for a few seconds while crashes
 * flow. Afterwards every crash must have been processed exactly once (no second pass in its
 * processor_history, one processed count per crash), be indexed once, exported, and acked;
 * nothing may end up as a dead letter.
 */
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, DeleteQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createElasticsearchSearchIndex,
  createS3CrashStorage,
  createS3TelemetryStorage,
  createSqsCrashQueue,
  type CrashQueue,
  type CrashStorage,
} from '@cairn/core';
import { createDeadLetterStore } from '../../src/worker/dead-letters.js';
import { requireService } from '../../../test/services.js';
import {
  openEmbeddedPorts,
  startTestProcessor,
  waitUntil,
  type EmbeddedPorts,
  type TestProcessor,
} from '../fixtures/embedded-processor.js';
import { startFaultProxy, type FaultProxy } from '../fixtures/tcp-fault-proxy.js';

const moto = await requireService('moto');
const elasticsearch = await requireService('elasticsearch');
const REGION = 'us-east-1';
const suffix = randomBytes(4).toString('hex');
const BUCKET = `cairn-faults-${suffix}`;
const TELEMETRY_BUCKET = `cairn-faults-telemetry-${suffix}`;
const QUEUES = {
  standard: `faults-standard-${suffix}`,
  priority: `faults-priority-${suffix}`,
  reprocessing: `faults-reprocessing-${suffix}`,
};
const INDEX_PREFIX = `cairn_faults_${suffix}_`;
const CRASHES_PER_WAVE = 5;

const today = new Date().toISOString().slice(2, 10).replaceAll('-', '');
const crashId = (n: number) => `33333333-4444-4555-8666-${n.toString(16).padStart(6, '0')}${today}`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!moto || !elasticsearch)(
  'the processor during storage, queue and index outages',
  () => {
    const proxies: Record<'storage' | 'queue' | 'search', FaultProxy> = {} as never;
    let local: EmbeddedPorts;
    let directStorage: CrashStorage;
    let directQueue: CrashQueue;
    let processor: TestProcessor;
    let published = 0;

    beforeAll(async () => {
      const s3 = new S3Client({ endpoint: moto!.url, region: REGION, forcePathStyle: true });
      await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
      await s3.send(new CreateBucketCommand({ Bucket: TELEMETRY_BUCKET }));
      s3.destroy();
      const sqs = new SQSClient({ endpoint: moto!.url, region: REGION });
      for (const name of Object.values(QUEUES))
        await sqs.send(new CreateQueueCommand({ QueueName: name }));
      sqs.destroy();

      proxies.storage = await startFaultProxy(moto!.url);
      proxies.queue = await startFaultProxy(moto!.url);
      proxies.search = await startFaultProxy(elasticsearch!.url);
      directStorage = createS3CrashStorage({ bucket: BUCKET, region: REGION, endpoint: moto!.url });
      directQueue = createSqsCrashQueue({ queues: QUEUES, region: REGION, endpoint: moto!.url });
      local = await openEmbeddedPorts();
      processor = await startTestProcessor(
        {
          storage: createS3CrashStorage({
            bucket: BUCKET,
            region: REGION,
            endpoint: proxies.storage.url,
          }),
          queue: createSqsCrashQueue({
            queues: QUEUES,
            region: REGION,
            endpoint: proxies.queue.url,
            visibilityTimeoutMs: 120_000,
          }),
          searchIndex: createElasticsearchSearchIndex({
            url: proxies.search.url,
            indexPrefix: INDEX_PREFIX,
            shards: 1,
            replicas: 0,
            retentionWeeks: 26,
          }),
          telemetry: createS3TelemetryStorage({
            bucket: TELEMETRY_BUCKET,
            region: REGION,
            endpoint: proxies.storage.url,
          }),
          appDb: local.appDb,
        },
        { threads: 1, settings: { maxAttempts: 2 } },
      );
    }, 180_000);

    afterAll(async () => {
      await processor?.stop();
      await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
      await directStorage?.close();
      await directQueue?.close();
      await local?.close();
      const sqs = new SQSClient({ endpoint: moto!.url, region: REGION });
      for (const name of Object.values(QUEUES)) {
        await sqs
          .send(new DeleteQueueCommand({ QueueUrl: `${moto!.url}/123456789012/${name}` }))
          .catch(() => undefined);
      }
      sqs.destroy();
      const client = new Client({ node: elasticsearch!.url });
      await client.indices.delete({
        index: `${INDEX_PREFIX}*`,
        allow_no_indices: true,
        ignore_unavailable: true,
      });
      await client.close();
    });

    async function publishWave(): Promise<void> {
      const ids: string[] = [];
      for (let n = 0; n < CRASHES_PER_WAVE; n++) {
        const id = crashId(published++);
        await directStorage.saveRawCrash(
          id,
          {
            uuid: id,
            ProductName: 'Faulty',
            Version: '1.0',
            submitted_timestamp: new Date().toISOString(),
          },
          new Map([['upload_file_minidump', new Uint8Array()]]),
        );
        ids.push(id);
      }
      await directQueue.publish('standard', ids);
    }

    /**
     * Publishes a wave, keeps the dependency's proxy cut until the processor has noticed the
     * outage (and a little longer), then restores it.
     */
    async function outage(dependency: keyof typeof proxies): Promise<void> {
      await publishWave();
      await pause(200);
      proxies[dependency].cut();
      await publishWave();
      await waitUntil(
        async () =>
          (await processor.metricValue('cairn_processor_dependency_up', { dependency })) === 0,
        30_000,
        `the processor to notice the ${dependency} outage`,
      );
      await pause(2000);
      proxies[dependency].restore();
    }

    it('processes every crash exactly once after storage, queue and index come back', async () => {
      await outage('storage');
      await outage('search');
      await outage('queue');
      await publishWave();
      await waitUntil(
        async () =>
          (await processor.metricValue('cairn_processor_crashes_total', {
            outcome: 'processed',
          })) >= published,
        120_000,
        `${published} crashes to be processed`,
      );
      await pause(1000);

      expect(
        await processor.metricValue('cairn_processor_crashes_total', { outcome: 'processed' }),
      ).toBe(published);
      expect(
        await processor.metricValue('cairn_processor_crashes_total', { outcome: 'failed' }),
      ).toBe(0);
      expect(await createDeadLetterStore(local.appDb).list()).toEqual([]);
      for (let n = 0; n < published; n++) {
        const processed = await directStorage.loadProcessedCrash(crashId(n));
        expect(processed.processor_history, crashId(n)).toEqual([]);
      }
      const client = new Client({ node: elasticsearch!.url });
      await client.indices.refresh({ index: `${INDEX_PREFIX}*` });
      const { count } = await client.count({ index: `${INDEX_PREFIX}*` });
      await client.close();
      expect(count).toBe(published);
      const telemetry = createS3TelemetryStorage({
        bucket: TELEMETRY_BUCKET,
        region: REGION,
        endpoint: moto!.url,
      });
      for (let n = 0; n < published; n++) {
        expect(await telemetry.loadTelemetryCrash(crashId(n))).toMatchObject({ uuid: crashId(n) });
      }
      await telemetry.close();
      expect(await directQueue.receive({ maxMessages: 10 })).toEqual([]);
      for (const dependency of ['storage', 'queue', 'search']) {
        expect(await processor.metricValue('cairn_processor_dependency_up', { dependency })).toBe(
          1,
        );
      }
    }, 240_000);
  },
);
