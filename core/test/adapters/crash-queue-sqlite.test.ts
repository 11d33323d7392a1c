import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteCrashQueue } from '../../src/adapters/crash-queue/sqlite.js';
import { describeCrashQueueContract } from '../contracts/crash-queue.contract.js';

describeCrashQueueContract('SQLite', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'cairn-queue-'));
  return {
    queue: createSqliteCrashQueue({
      file: path.join(directory, 'queue.sqlite'),
      visibilityTimeoutMs: 1000,
    }),
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
});

describe('SQLite queue shared by two handles (two processes on one machine)', () => {
  it('never gives the same message to both', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'cairn-queue-'));
    const file = path.join(directory, 'queue.sqlite');
    const first = createSqliteCrashQueue({ file });
    const second = createSqliteCrashQueue({ file });
    const ids = Array.from(
      { length: 50 },
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(6, '0')}160918`,
    );
    await first.publish('standard', ids);
    const seen: string[] = [];
    for (;;) {
      const batch = [
        ...(await first.receive({ maxMessages: 3 })),
        ...(await second.receive({ maxMessages: 4 })),
      ];
      if (batch.length === 0) break;
      seen.push(...batch.map((message) => message.body));
    }
    expect(seen.sort()).toEqual(ids);
    await first.close();
    await second.close();
    await rm(directory, { recursive: true, force: true });
  });
});

describe('SQLite queue acknowledgements', () => {
  const ids = Array.from(
    { length: 6 },
    (_, index) => `00000000-0000-4000-8000-${String(index).padStart(6, '0')}160918`,
  );
  let directory: string;
  let file: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'cairn-queue-'));
    file = path.join(directory, 'queue.sqlite');
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  /** A queue (50 ms visibility timeout) and every message of `ids`, received. */
  async function queueWithReceivedMessages() {
    const queue = createSqliteCrashQueue({ file, visibilityTimeoutMs: 50 });
    await queue.publish('standard', ids);
    return { queue, received: await queue.receive({ maxMessages: ids.length }) };
  }
  const pastVisibilityTimeout = () => new Promise((resolve) => setTimeout(resolve, 80));

  it('keeps acknowledged messages from coming back, acknowledged in the same turn', async () => {
    const { queue, received } = await queueWithReceivedMessages();
    await Promise.all(received.slice(0, 4).map((message) => queue.ack(message)));
    await pastVisibilityTimeout();
    // Only the two not acknowledged come back once their visibility timeout has passed.
    const again = await queue.receive({ maxMessages: 6 });
    expect(again.map((message) => message.body).sort()).toEqual(ids.slice(4));
    await queue.close();
  });

  it('commits acknowledgements still pending when the queue is closed', async () => {
    const { queue, received } = await queueWithReceivedMessages();
    const acknowledged = received.map((message) => queue.ack(message));
    await queue.close();
    await Promise.all(acknowledged);
    const reopened = createSqliteCrashQueue({ file, visibilityTimeoutMs: 50 });
    await pastVisibilityTimeout();
    expect(await reopened.receive({ maxMessages: 6 })).toEqual([]);
    await reopened.close();
  });

  it('refuses a limit that is not a positive integer, naming it', async () => {
    const queue = createSqliteCrashQueue({ file });
    await expect(queue.receive({ maxMessages: Number.NaN })).rejects.toThrow(
      'maxMessages must be a positive integer, got NaN',
    );
    await queue.close();
  });
});
