import { describe, expect, it } from 'vitest';
import { evenWaits, MaxAttemptsError, retry } from '../src/retry.js';

describe('retry', () => {
  it('retries a failing call with the given waits, then gives up with the last error', async () => {
    expect.assertions(3);
    const waits: number[] = [];
    const failures: number[] = [];
    try {
      await retry(
        async () => {
          throw new Error('boom');
        },
        {
          waitsMs: [1, 2, 3],
          sleep: async (ms) => void waits.push(ms),
          onFailure: (attempt) => failures.push(attempt),
        },
      );
    } catch (error) {
      expect(waits).toEqual([1, 2, 3]);
      expect(failures).toEqual([0, 1, 2, 3]);
      expect(error).toEqual(new MaxAttemptsError(4, new Error('boom')));
    }
  });

  it('retries a result the caller calls retryable, and returns the first good one', async () => {
    const results = [404, 404, 200];
    const waits: number[] = [];
    const result = await retry(async () => results.shift()!, {
      waitsMs: [2000, 2000, 2000],
      sleep: async (ms) => void waits.push(ms),
      isRetryableResult: (status) => status !== 200,
    });
    expect([result, waits]).toEqual([200, [2000, 2000]]);
  });
});

describe('evenWaits', () => {
  it('waits between attempts, not after the last', () => {
    expect([evenWaits(5, 2000), evenWaits(1, 2000)]).toEqual([[2000, 2000, 2000, 2000], []]);
  });
});
