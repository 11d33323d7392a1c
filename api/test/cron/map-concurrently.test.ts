import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapConcurrently } from '../../src/cron/map-concurrently.js';

describe('mapConcurrently', () => {
  it('keeps the order of the items whatever order the steps finish in', async () => {
    const results = await mapConcurrently([30, 10, 20, 0], 2, async (ms) => {
      await delay(ms);
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 0]);
  });

  it('never has more steps in flight than the limit', async () => {
    let inFlight = 0;
    let most = 0;
    await mapConcurrently(
      Array.from({ length: 20 }, (_, index) => index),
      3,
      async () => {
        most = Math.max(most, ++inFlight);
        await delay(1);
        inFlight--;
      },
    );
    expect(most).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapConcurrently([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error('step 2 failed');
        return item;
      }),
    ).rejects.toThrow('step 2 failed');
  });

  it('answers an empty list with an empty list', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});
