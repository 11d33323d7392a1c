import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsCrashQueue } from '../../src/adapters/crash-queue/sqs.js';
import { createS3CrashStorage } from '../../src/adapters/crash-storage/s3.js';

// A server that accepts connections and never answers: a peer that stopped responding.
let server: Server;
let endpoint: string;
const sockets = new Set<Socket>();

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'testing';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'testing';
  server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('AWS clients against a peer that stopped answering', () => {
  it('S3 storage gives up on a silent connection instead of waiting forever', async () => {
    const storage = createS3CrashStorage({
      bucket: 'silent',
      region: 'us-east-1',
      endpoint,
      timeouts: { idleMs: 200 },
    });
    await expect(storage.loadRawCrash('de1b3a4c-0000-4000-8000-000001240102')).rejects.toThrow();
  }, 8_000);

  it('the SQS queue gives up on a silent connection instead of waiting forever', async () => {
    const queue = createSqsCrashQueue({
      queues: {
        priority: `${endpoint}/000000000000/priority`,
        standard: `${endpoint}/000000000000/standard`,
        reprocessing: `${endpoint}/000000000000/reprocessing`,
      },
      region: 'us-east-1',
      endpoint,
      timeouts: { idleMs: 200 },
    });
    await expect(queue.receive({ maxMessages: 1 })).rejects.toThrow();
  }, 8_000);
});
