import { describe, expect, it } from 'vitest';
import type { CrashQueue } from '@cairn/core';
import { createPublishBatcher } from '../src/publish-batcher.js';

/** A queue whose publish calls stay open until released, recording each call's ids. */
function slowQueue() {
  const calls: string[][] = [];
  const releases: ((error?: Error) => void)[] = [];
  const queue = {
    publish(_name: string, bodies: readonly string[]) {
      calls.push([...bodies]);
      return new Promise<void>((resolve, reject) =>
        releases.push((error) => (error ? reject(error) : resolve())),
      );
    },
  } as unknown as CrashQueue;
  return { queue, calls, release: (error?: Error) => releases.shift()!(error) };
}

describe('createPublishBatcher', () => {
  it('publishes a lone id at once and batches the ids that arrive meanwhile', async () => {
    const { queue, calls, release } = slowQueue();
    const batcher = createPublishBatcher(queue);
    const first = batcher.publish('a');
    const second = batcher.publish('b');
    const third = batcher.publish('c');
    expect(calls).toEqual([['a']]);
    release();
    await first;
    await Promise.resolve();
    expect(calls).toEqual([['a'], ['b', 'c']]);
    release();
    await Promise.all([second, third]);
  });

  it('rejects every id of a batch the queue refused, and goes on with the next ones', async () => {
    expect.assertions(3);
    const { queue, calls, release } = slowQueue();
    const batcher = createPublishBatcher(queue);
    const first = batcher.publish('a');
    const refused = [batcher.publish('b'), batcher.publish('c')];
    release();
    await first;
    await Promise.resolve();
    const later = batcher.publish('d');
    release(new Error('queue down'));
    for (const outcome of await Promise.allSettled(refused)) {
      expect(outcome).toEqual({ status: 'rejected', reason: new Error('queue down') });
    }
    await Promise.resolve();
    release();
    await later;
    expect(calls).toEqual([['a'], ['b', 'c'], ['d']]);
  });
});
