import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFsTelemetryStorage,
  createS3TelemetryStorage,
  telemetryCrashKey,
} from '../../../src/adapters/telemetry-storage/blob-telemetry-storage.js';
import type { TelemetryStorage } from '../../../src/ports/telemetry-storage.js';
import { requireService } from '../../../../test/services.js';

const CRASH_ID = 'de1bb258-cbbf-4589-a673-34f800160918';
const moto = await requireService('moto');

describe('telemetryCrashKey', () => {
  it('puts the crash under v1/crash_report/<date of the crash id>/', () => {
    expect(telemetryCrashKey(CRASH_ID)).toBe(`v1/crash_report/20160918/${CRASH_ID}`);
  });

  it('refuses text that is not a crash id, so no key can leave the layout', () => {
    expect(() => telemetryCrashKey('../../etc/passwd')).toThrow(
      expect.objectContaining({ code: 'INVALID_CRASH_ID' }),
    );
  });
});

describe('files telemetry storage', () => {
  let root: string;
  let storage: TelemetryStorage;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cairn-telemetry-'));
    storage = createFsTelemetryStorage(root);
  });
  afterAll(async () => {
    await storage.close();
    await rm(root, { recursive: true, force: true });
  });

  it('writes the document as JSON at the reference key and reads it back', async () => {
    await storage.saveTelemetryCrash(CRASH_ID, { uuid: CRASH_ID, platform: 'Linux' });
    const file = path.join(root, 'v1/crash_report/20160918', CRASH_ID);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      uuid: CRASH_ID,
      platform: 'Linux',
    });
    expect(await storage.loadTelemetryCrash(CRASH_ID)).toEqual({
      uuid: CRASH_ID,
      platform: 'Linux',
    });
  });

  it('writes the schema at telemetry_socorro_crash.json', async () => {
    await storage.saveTelemetrySchema({ type: 'object', properties: {} });
    expect(
      JSON.parse(await readFile(path.join(root, 'telemetry_socorro_crash.json'), 'utf8')),
    ).toEqual({
      type: 'object',
      properties: {},
    });
  });

  it('answers undefined for a crash that was never exported', async () => {
    expect(await storage.loadTelemetryCrash('00000000-0000-0000-0000-000000160918')).toBe(
      undefined,
    );
  });

  it('replaces an earlier export of the same crash (reprocessing)', async () => {
    await storage.saveTelemetryCrash(CRASH_ID, { uuid: CRASH_ID, signature: 'old' });
    await storage.saveTelemetryCrash(CRASH_ID, { uuid: CRASH_ID, signature: 'new' });
    expect(await storage.loadTelemetryCrash(CRASH_ID)).toEqual({
      uuid: CRASH_ID,
      signature: 'new',
    });
  });
});

describe.skipIf(!moto)('S3 telemetry storage against moto', () => {
  const bucket = `cairn-telemetry-${randomBytes(6).toString('hex')}`;
  let client: S3Client;
  let storage: TelemetryStorage;
  beforeAll(async () => {
    client = new S3Client({ endpoint: moto!.url, region: 'us-east-1', forcePathStyle: true });
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    storage = createS3TelemetryStorage({ bucket, region: 'us-east-1', endpoint: moto!.url });
  });
  afterAll(async () => {
    await storage.close();
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (listed.Contents ?? []).map((object) => ({ Key: object.Key! }));
    if (keys.length > 0)
      await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }));
    await client.send(new DeleteBucketCommand({ Bucket: bucket }));
    client.destroy();
  });

  it('writes the document at the reference key of its own bucket', async () => {
    await storage.saveTelemetryCrash(CRASH_ID, { uuid: CRASH_ID });
    const object = await client.send(
      new GetObjectCommand({ Bucket: bucket, Key: `v1/crash_report/20160918/${CRASH_ID}` }),
    );
    expect(JSON.parse(await object.Body!.transformToString())).toEqual({ uuid: CRASH_ID });
    expect(await storage.loadTelemetryCrash(CRASH_ID)).toEqual({ uuid: CRASH_ID });
    await expect(storage.checkHealth()).resolves.toBeUndefined();
  });
});
