import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';
import { testCrashId } from '../fixtures/test-crashes.js';

describe('/api/MissingProcessedCrash/', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness({ withCrashes: false });
    await api.appDb.db
      .insertInto('missing_processed_crashes')
      .values(
        Array.from({ length: 1001 }, (_, n) => ({
          crash_id: testCrashId(n),
          is_processed: n === 0 ? 1 : 0,
          created_at: new Date(Date.UTC(2024, 2, 1, 0, 0, n)).toISOString(),
        })),
      )
      .execute();
  });
  afterAll(async () => api.close());

  it('pages 1,000 rows at a time, oldest first, with links to the neighbours', async () => {
    const first = (await api.rest('/api/MissingProcessedCrash/')).json as {
      results: { crash_id: string; is_processed: boolean; created: string }[];
      count: number;
      next: string | null;
      previous: string | null;
    };
    expect(first.count).toBe(1001);
    expect(first.results).toHaveLength(1000);
    expect(first.results[0]).toEqual({
      crash_id: testCrashId(0),
      is_processed: true,
      created: '2024-03-01T00:00:00.000Z',
    });
    expect(first.next).toBe('/api/MissingProcessedCrash/?page=2');
    expect(first.previous).toBeNull();
    const second = (await api.rest('/api/MissingProcessedCrash/?page=2')).json as typeof first;
    expect(second.results.map((row) => row.crash_id)).toEqual([testCrashId(1000)]);
    expect(second.next).toBeNull();
    expect(second.previous).toBe('/api/MissingProcessedCrash/?page=1');
    const past = await api.rest('/api/MissingProcessedCrash/?page=3');
    expect(past.status).toBe(404);
    expect(past.json).toEqual({ error: 'Invalid page.' });
  });
});
