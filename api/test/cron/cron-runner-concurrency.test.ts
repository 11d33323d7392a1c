/**
 * Several runners on one database: however their steps interleave, a job runs once per due
 * time. Each runner has its own connection (pool), as runners on separate machines would.
 */
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresAppDb, createSqliteAppDb, type AppDb } from '@cairn/core';
import { createPostgresDatabase, requireService } from '../../../test/services.js';
import type { CronJob } from '../../src/cron/cron-job.js';
import { createCronRunner } from '../../src/cron/cron-runner.js';
import { listJobRuns } from '../../src/cron/run-log-store.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../fixtures/cron-dependencies.js';

const postgres = await requireService('postgres');
const ROUNDS = 25;
const JOB_NAMES = ['first', 'second', 'third'];

/** Opens `count` connections to one fresh database of the dialect; `drop` removes it. */
type OpenConnections = (
  count: number,
  directory: string,
) => Promise<{ connections: AppDb[]; drop(): Promise<void> }>;

/**
 * Answers each query after a random delay, as a database across a network would; an embedded
 * SQLite otherwise answers so fast that runners hardly interleave.
 */
const networkLatency: KyselyPlugin = {
  transformQuery: (args) => args.node,
  async transformResult(args) {
    await delay(Math.random() * 2);
    return args.result;
  },
};

const sqliteConnections: OpenConnections = async (count, directory) => ({
  connections: Array.from({ length: count }, () => {
    const appDb = createSqliteAppDb(path.join(directory, 'shared.sqlite'));
    return { ...appDb, db: appDb.db.withPlugin(networkLatency) };
  }),
  drop: async () => {},
});

const postgresConnections: OpenConnections = async (count) => {
  const database = await createPostgresDatabase(postgres!);
  return {
    connections: Array.from({ length: count }, () =>
      createPostgresAppDb(database.url, { maxConnections: 2 }),
    ),
    drop: () => database.drop(),
  };
};

const dialects: [string, OpenConnections][] = [['SQLite', sqliteConnections]];
if (postgres) dialects.push(['PostgreSQL', postgresConnections]);

describe.each(dialects)('runners sharing one %s database', (_dialect, open) => {
  let base: TestCronDependencies;
  let cleanup: () => Promise<void> = async () => {};
  afterEach(async () => cleanup());

  it('never run the same job twice, however their steps interleave', async () => {
    base = await createTestCronDependencies({ now: new Date('2024-03-13T12:00:00Z') });
    const { connections, drop } = await open(3, base.directory);
    cleanup = async () => {
      await Promise.all(connections.map((connection) => connection.close()));
      await drop();
      await base.close();
    };
    await connections[0]!.migrate();

    const calls: string[] = [];
    const jobs: CronJob[] = JOB_NAMES.map((name) => ({
      name,
      description: `the ${name} job`,
      frequency: '1h',
      backfill: name === 'third',
      async run(_deps, run) {
        calls.push(`${name}@${run.runTime.toISOString()}`);
        await delay(Math.random() * 4);
        return 'done';
      },
    }));
    const runners = connections.map((appDb, index) =>
      createCronRunner({ jobs, deps: { ...base, appDb }, owner: `runner-${index}` }),
    );

    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        runners.map(async (runner) => {
          await delay(Math.random() * 3);
          return runner.runDueJobs();
        }),
      );
      base.clock.advance(3_600_000);
    }

    const expected = JOB_NAMES.flatMap((name) =>
      Array.from(
        { length: ROUNDS },
        (_, round) => `${name}@${new Date(Date.UTC(2024, 2, 13, 12 + round)).toISOString()}`,
      ),
    );
    expect([...calls].sort()).toEqual(expected.sort());
    for (const name of JOB_NAMES) {
      expect(await listJobRuns(connections[1]!, name, 1000)).toHaveLength(ROUNDS);
    }
  });

  it('do not run a job again when one read it as due just before the other ran it', async () => {
    base = await createTestCronDependencies({ now: new Date('2024-03-13T12:00:00Z') });
    const { connections, drop } = await open(2, base.directory);
    cleanup = async () => {
      await Promise.all(connections.map((connection) => connection.close()));
      await drop();
      await base.close();
    };
    await connections[0]!.migrate();
    const calls: string[] = [];
    const job: CronJob = {
      name: 'hourly',
      description: 'the hourly job',
      frequency: '1h',
      backfill: false,
      async run(deps) {
        calls.push(deps.appDb === connections[0] ? 'first' : 'second');
        return 'done';
      },
    };
    // The second runner's first read of a job's state answers only once the first runner has
    // run the job and released it: what it read then is stale.
    let releaseStaleRead!: () => void;
    const firstRunnerDone = new Promise<void>((resolve) => (releaseStaleRead = resolve));
    let held = false;
    const holdFirstStateRead: KyselyPlugin = {
      transformQuery: (args) => args.node,
      async transformResult(args) {
        const isStateRead = args.result.rows.some((row) => 'next_run_at' in row);
        if (isStateRead && !held) {
          held = true;
          await firstRunnerDone;
        }
        return args.result;
      },
    };
    const delayed = { ...connections[1]!, db: connections[1]!.db.withPlugin(holdFirstStateRead) };
    const first = createCronRunner({ jobs: [job], deps: { ...base, appDb: connections[0]! } });
    const second = createCronRunner({ jobs: [job], deps: { ...base, appDb: delayed } });

    const secondOutcome = second.runDueJobs();
    await delay(50);
    expect(await first.runDueJobs()).toMatchObject([{ status: 'succeeded' }]);
    releaseStaleRead();
    expect(await secondOutcome).toEqual([{ job: 'hourly', status: 'not_due', runs: [] }]);
    expect(held).toBe(true);
    expect(calls).toEqual(['first']);
  });
});
