import { loadConfig, createSilentLogger } from '@cairn/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCronRunner } from '../../../src/cron/cron-runner.js';
import { CRON_JOBS } from '../../../src/cron/jobs.js';
import { startApiHarness, type ApiHarness } from '../../fixtures/api-harness.js';

const QUERY = `{
  cronJobs {
    name frequency timeOfDay backfill lastSuccessAt nextRunAt errorCount lastError lockOwner
    recentRuns { runTime succeeded summary error }
  }
}`;

let api: ApiHarness;
let administrator: Record<string, string>;
let hacker: Record<string, string>;
beforeAll(async () => {
  api = await startApiHarness({ withCrashes: false });
  administrator = { 'auth-token': await api.createTokenWith(['manage_users']) };
  hacker = {
    'auth-token': await api.createTokenWith(['view_pii', 'view_rawdump', 'reprocess_crashes']),
  };
});
afterAll(async () => api.close());

describe('cronJobs', () => {
  it("shows administrators every job's schedule, state and latest runs", async () => {
    const runner = createCronRunner({
      jobs: CRON_JOBS,
      deps: {
        ...api.deps,
        config: loadConfig({}).cron,
        fetch,
        sleep: async () => {},
        logger: createSilentLogger(),
      },
    });
    await runner.runJob('cleanse_cronlog');
    const { status, body } = await api.graphql(QUERY, {}, administrator);
    expect(status).toBe(200);
    const jobs = body.data!.cronJobs as Record<string, unknown>[];
    expect(jobs.map((job) => job.name)).toEqual(CRON_JOBS.map((job) => job.name));
    expect(jobs.find((job) => job.name === 'verifyprocessed')).toEqual({
      name: 'verifyprocessed',
      frequency: '1d',
      timeOfDay: '04:00',
      backfill: true,
      lastSuccessAt: null,
      nextRunAt: null,
      errorCount: 0,
      lastError: null,
      lockOwner: null,
      recentRuns: [],
    });
    const cleansed = jobs.find((job) => job.name === 'cleanse_cronlog')!;
    expect(cleansed.lastSuccessAt).toBe(api.clock.now().toISOString());
    expect(cleansed.recentRuns).toEqual([
      {
        runTime: api.clock.now().toISOString(),
        succeeded: true,
        summary: expect.stringMatching(/^deleted 0 runs logged before /),
        error: null,
      },
    ]);
  });

  it.each([
    ['a caller without manage_users', () => hacker],
    ['an anonymous caller', () => ({})],
  ])('refuses %s with AUTH_FORBIDDEN', async (_name, headers) => {
    const { body } = await api.graphql(QUERY, {}, headers());
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['AUTH_FORBIDDEN']);
  });
});
