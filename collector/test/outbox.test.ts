import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCrashId, createSilentLogger, type CrashQueue } from '@cairn/core';
import { createCrashOutbox } from '../src/outbox.js';

let directory: string | undefined;
afterEach(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
  directory = undefined;
});

function recordingQueue() {
  const published: string[][] = [];
  let failing = false;
  const queue = {
    async publish(_name: string, bodies: readonly string[]) {
      if (failing) throw new Error('queue down');
      published.push([...bodies]);
    },
  } as unknown as CrashQueue;
  return { queue, published, setFailing: (value: boolean) => (failing = value) };
}

describe('createCrashOutbox', () => {
  it('keeps recorded ids in files until the queue takes them', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-outbox-'));
    const { queue, published, setFailing } = recordingQueue();
    const outbox = createCrashOutbox({ directory, queue, logger: createSilentLogger() });
    const ids = [createCrashId(new Date(), 0), createCrashId(new Date(), 0)];
    for (const id of ids) await outbox.record(id);
    setFailing(true);
    expect(await outbox.republish()).toBe(0);
    expect((await readdir(directory)).sort()).toEqual([...ids].sort());
    setFailing(false);
    expect(await outbox.republish()).toBe(2);
    expect(published.flat().sort()).toEqual([...ids].sort());
    expect(await readdir(directory)).toEqual([]);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('finds the ids a previous collector left behind', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-outbox-'));
    const { queue, published } = recordingQueue();
    const id = createCrashId(new Date(), 0);
    await createCrashOutbox({ directory, queue, logger: createSilentLogger() }).record(id);
    const restarted = createCrashOutbox({ directory, queue, logger: createSilentLogger() });
    expect(await restarted.republish()).toBe(1);
    expect(published).toEqual([[id]]);
  });

  it('publishes in batches of ten', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-outbox-'));
    const { queue, published } = recordingQueue();
    const outbox = createCrashOutbox({ directory, queue, logger: createSilentLogger() });
    for (let i = 0; i < 23; i++) await outbox.record(createCrashId(new Date(), 0));
    await outbox.republish();
    expect(published.map((batch) => batch.length)).toEqual([10, 10, 3]);
  });

  it('refuses anything that is not a crash id', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-outbox-'));
    const outbox = createCrashOutbox({
      directory,
      queue: recordingQueue().queue,
      logger: createSilentLogger(),
    });
    await expect(outbox.record('../escape')).rejects.toThrow('not a crash id');
  });

  it('republishes in the background until stopped', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-outbox-'));
    const { queue, published } = recordingQueue();
    const outbox = createCrashOutbox({ directory, queue, logger: createSilentLogger() });
    const id = createCrashId(new Date(), 0);
    await outbox.record(id);
    outbox.start(20);
    await expect.poll(() => published.flat(), { timeout: 2000 }).toEqual([id]);
    await outbox.stop();
  });
});
