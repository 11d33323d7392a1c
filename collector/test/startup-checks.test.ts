import { describe, expect, it } from 'vitest';
import { CairnError, type CrashQueue, type CrashStorage } from '@cairn/core';
import { verifyCollectorDependencies } from '../src/startup-checks.js';

const storage = (writeProbe: () => Promise<void>) => ({ writeProbe }) as unknown as CrashStorage;
const queue = (publish: (name: string, bodies: readonly string[]) => Promise<void>) =>
  ({ publish }) as unknown as CrashQueue;

describe('verifyCollectorDependencies', () => {
  it('writes a probe and publishes a test message', async () => {
    const calls: string[] = [];
    await verifyCollectorDependencies(
      storage(async () => void calls.push('probe')),
      queue(async (name, bodies) => void calls.push(`${name}:${bodies.join()}`)),
    );
    expect(calls).toEqual(['probe', 'standard:test']);
  });

  it('says the queue is the problem when it refuses the test message', async () => {
    const missing = Object.assign(new Error('The specified queue does not exist.'), {
      name: 'QueueDoesNotExist',
    });
    const failing = verifyCollectorDependencies(
      storage(async () => {}),
      queue(async () => {
        throw missing;
      }),
    );
    await expect(failing).rejects.toThrow(CairnError);
    await expect(failing).rejects.toMatchObject({
      code: 'QUEUE_UNAVAILABLE',
      message:
        'collector start-up: the standard queue refused the test message (does the queue exist?): QueueDoesNotExist: The specified queue does not exist.',
    });
  });
});
