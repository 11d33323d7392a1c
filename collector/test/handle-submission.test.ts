import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { annotation, buildMultipartBody, dump } from './fixtures/multipart-builder.js';
import {
  startTestCollector,
  takePublished,
  type TestCollector,
} from './fixtures/test-collector.js';

let collector: TestCollector | undefined;
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

const report = buildMultipartBody([
  annotation('ProductName', 'Firefox'),
  dump('upload_file_minidump', 'MDMP'),
]);
const crashIdOf = (text: string) => /^CrashID=bp-(\S+)\n$/.exec(text)?.[1];

describe('POST /submit', () => {
  it('saves the crash, publishes its id and answers it', async () => {
    collector = await startTestCollector();
    const response = await collector.submit(report);
    const crashId = crashIdOf(await response.text())!;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(crashId).toMatch(/0240305$/);
    expect(await collector.storage.loadRawCrash(crashId)).toMatchObject({
      ProductName: 'Firefox',
      uuid: crashId,
      submitted_timestamp: '2024-03-05T06:07:08+00:00',
    });
    expect(await takePublished(collector.queue)).toEqual([crashId]);
  });

  it('accepts a gzipped body and records its compressed size', async () => {
    collector = await startTestCollector();
    const compressed = gzipSync(report);
    const response = await collector.submit(compressed, { 'content-encoding': 'gzip' });
    const crashId = crashIdOf(await response.text())!;
    expect((await collector.storage.loadRawCrash(crashId)).metadata).toMatchObject({
      payload_compressed: '1',
      payload_size: compressed.length,
    });
  });

  it('answers 413 for a body over the limit without reading it', async () => {
    collector = await startTestCollector({ config: { maxBodyBytes: 100 } });
    const response = await collector.submit(report);
    expect([response.status, await response.text()]).toEqual([413, 'Discarded=payload_too_large']);
  });

  it('answers 413 for a gzip body that inflates past the limit', async () => {
    collector = await startTestCollector({ config: { maxDecompressedBytes: 1000 } });
    const bomb = gzipSync(buildMultipartBody([annotation('A', 'x'.repeat(100_000))]));
    const response = await collector.submit(bomb, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
  });

  it('answers 503 with Retry-After when the memory budget is used up', async () => {
    collector = await startTestCollector({
      config: { memoryBudgetBytes: 1000, retryAfterSeconds: 7 },
    });
    const response = await collector.submit(report);
    expect([response.status, response.headers.get('retry-after')]).toEqual([503, '7']);
    expect(await takePublished(collector.queue)).toEqual([]);
  });

  it('answers 503 with Retry-After, never a crash id, when storage keeps failing', async () => {
    let saveCalls = 0;
    collector = await startTestCollector({
      config: { saveAttempts: 3, retryAfterSeconds: 30 },
      wrapStorage: (storage) => ({
        ...storage,
        saveRawCrash: async () => {
          saveCalls += 1;
          throw new Error('storage is down');
        },
      }),
    });
    const response = await collector.submit(report);
    expect([response.status, response.headers.get('retry-after'), await response.text()]).toEqual([
      503,
      '30',
      '',
    ]);
    expect(saveCalls).toBe(3);
    expect(await takePublished(collector.queue)).toEqual([]);
  });

  it('keeps the crash id in the outbox when the queue fails, and publishes it once the queue is back', async () => {
    let queueDown = true;
    collector = await startTestCollector({
      config: { saveAttempts: 2, outboxRetryMs: 50 },
      wrapQueue: (queue) => ({
        ...queue,
        publish: async (name, bodies) => {
          if (queueDown && !bodies.includes('test')) throw new Error('queue is down');
          return queue.publish(name, bodies);
        },
      }),
    });
    const response = await collector.submit(report);
    const crashId = crashIdOf(await response.text())!;
    expect(response.status).toBe(200);
    expect(await collector.storage.loadRawCrash(crashId)).toMatchObject({ uuid: crashId });
    expect(await takePublished(collector.queue)).toEqual([]);
    queueDown = false;
    await expect.poll(() => takePublished(collector!.queue), { timeout: 5000 }).toEqual([crashId]);
  });

  it('answers a rejected crash with the rule name and stores nothing', async () => {
    collector = await startTestCollector({ rules: 'mozilla' });
    const response = await collector.submit(
      buildMultipartBody([annotation('ProductName', 'Unknown')]),
    );
    expect([response.status, await response.text()]).toEqual([
      200,
      'Discarded=rule_unsupported_product',
    ]);
    expect(await takePublished(collector.queue)).toEqual([]);
  });

  it('answers B2G with a crash id (digit 3) but stores nothing', async () => {
    collector = await startTestCollector({ rules: 'mozilla' });
    const response = await collector.submit(buildMultipartBody([annotation('ProductName', 'B2G')]));
    const crashId = crashIdOf(await response.text())!;
    expect(crashId.at(-7)).toBe('3');
    await expect(collector.storage.loadRawCrash(crashId)).rejects.toThrow('No raw_crash');
    expect(await takePublished(collector.queue)).toEqual([]);
  });

  it('keeps a client crash id only with the bearer token', async () => {
    collector = await startTestCollector({ config: { bearerToken: 's3cret' } });
    const uuid = 'de1bb258-cbbf-4589-a673-34f800160918';
    const body = buildMultipartBody([
      annotation('ProductName', 'Firefox'),
      annotation('uuid', uuid),
    ]);
    const without = await collector.submit(body);
    const wrong = await collector.submit(body, { authorization: 'Bearer nope' });
    const right = await collector.submit(body, { authorization: 'Bearer s3cret' });
    expect([without.status, await without.text()]).toEqual([401, 'Discarded=unauthorized_uuid']);
    expect(wrong.status).toBe(401);
    expect(await right.text()).toBe(`CrashID=bp-${uuid}\n`);
    const stored: string[] = [];
    for await (const id of collector.storage.listRawCrashIds('20160918')) stored.push(id);
    expect(stored).toEqual([uuid]);
  });

  it('removes private annotations before saving, with a note for each', async () => {
    collector = await startTestCollector();
    const response = await collector.submit(
      buildMultipartBody([
        annotation('ProductName', 'Firefox'),
        annotation('Email', 'me@example.com'),
      ]),
    );
    const rawCrash = await collector.storage.loadRawCrash(crashIdOf(await response.text())!);
    expect(rawCrash.Email).toBeUndefined();
    expect((rawCrash.metadata as { collector_notes: string[] }).collector_notes).toEqual([
      'Removed Email from raw crash.',
    ]);
  });

  it('logs the throttle decision with the crash id', async () => {
    collector = await startTestCollector();
    const crashId = crashIdOf(await (await collector.submit(report)).text())!;
    expect(collector.logs).toContainEqual(
      expect.objectContaining({
        crash_id: crashId,
        msg: `${crashId}: matched by accept_everything; returned ACCEPT`,
      }),
    );
  });
});
