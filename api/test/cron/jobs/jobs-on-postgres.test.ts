/**
 * The jobs' database work on PostgreSQL: the transactions, upserts and counts that SQLite and
 * PostgreSQL could answer differently (the other job tests run on SQLite).
 */
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresAppDb, type AppDb } from '@cairn/core';
import { createPostgresDatabase, requireService } from '../../../../test/services.js';
import { createCronRunner } from '../../../src/cron/cron-runner.js';
import { bugAssociationsJob } from '../../../src/cron/jobs/bug-associations.js';
import { cleanseCronLogJob } from '../../../src/cron/jobs/cleanse-cron-log.js';
import { clearTokensJob } from '../../../src/cron/jobs/clear-tokens.js';
import { productVersionsJob } from '../../../src/cron/jobs/product-versions.js';
import { updateMissingJob } from '../../../src/cron/jobs/update-missing.js';
import { updateSignaturesJob } from '../../../src/cron/jobs/update-signatures.js';
import { verifyProcessedJob } from '../../../src/cron/jobs/verify-processed.js';
import { listOpenMissingCrashes } from '../../../src/cron/missing-crash-store.js';
import { startBugzillaServer, type BugzillaServer } from '../../fixtures/bugzilla-server.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';
import { makeProcessedCrash, nextCrashId } from '../../fixtures/processed-crashes.js';

const postgres = await requireService('postgres');

describe.skipIf(!postgres)('scheduled jobs on PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let appDb: AppDb;
  let deps: TestCronDependencies;
  let bugzilla: BugzillaServer;
  const noRun = () => ({ runTime: deps.clock.now(), lastSuccess: undefined });

  beforeAll(async () => {
    database = await createPostgresDatabase(postgres!);
    appDb = createPostgresAppDb(database.url, { maxConnections: 2 });
    bugzilla = await startBugzillaServer();
  });
  afterAll(async () => {
    await bugzilla.close();
    await appDb.close();
    await database.drop();
  });
  beforeEach(async () => {
    deps = await createTestCronDependencies({
      now: new Date('2024-03-13T12:00:00Z'),
      appDb,
      config: { bugzillaUrl: bugzilla.url },
    });
    return () => deps.close();
  });

  it('syncs bug links in transactions', async () => {
    await appDb.db
      .insertInto('bug_associations')
      .values({ bug_id: 8, signature: 'gone' })
      .execute();
    bugzilla.bugs = [
      { id: 8, cf_crash_signature: '[@ a] [@ b]', changed: '2024-03-13' },
      { id: 9, cf_crash_signature: '', changed: '2024-03-13' },
    ];
    expect(await bugAssociationsJob.run(deps, noRun())).toBe(
      '2 bugs read, 2 links added, 1 removed, 0 unreadable entries skipped',
    );
    expect(
      await appDb.db.selectFrom('bug_associations').selectAll().orderBy('signature').execute(),
    ).toEqual([
      { bug_id: 8, signature: 'a' },
      { bug_id: 8, signature: 'b' },
    ]);
  });

  it('moves first sightings earlier only', async () => {
    await appDb.db
      .insertInto('signatures')
      .values({ signature: 'known', first_date: '2024-03-13T11:00:00.000Z', first_build: '5' })
      .execute();
    await deps.searchIndex.indexCrashes([
      makeProcessedCrash({ date: '2024-03-13T11:30:00Z', signature: 'known', build: '4' }),
      makeProcessedCrash({ date: '2024-03-13T11:40:00Z', signature: 'new', build: '7' }),
    ]);
    await deps.searchIndex.refresh();
    expect(await updateSignaturesJob.run(deps, noRun())).toMatch(
      /2 signatures, 2 new or seen earlier$/,
    );
    expect(
      await appDb.db.selectFrom('signatures').selectAll().orderBy('signature').execute(),
    ).toEqual([
      { signature: 'known', first_date: '2024-03-13T11:00:00.000Z', first_build: '4' },
      { signature: 'new', first_date: '2024-03-13T11:40:00.000Z', first_build: '7' },
    ]);
  });

  it('records missing crashes, opens them again, and marks them processed', async () => {
    const crashId = nextCrashId(new Date('2024-03-12T12:00:00Z'));
    await deps.storage.saveRawCrash(crashId, { uuid: crashId }, new Map());
    await appDb.db
      .insertInto('missing_processed_crashes')
      .values({ crash_id: crashId, is_processed: 1, created_at: '2024-03-01T00:00:00.000Z' })
      .execute();
    await verifyProcessedJob.run(deps, noRun());
    expect(await listOpenMissingCrashes(appDb)).toEqual([crashId]);
    const processed = makeProcessedCrash({
      uuid: crashId,
      date: '2024-03-12T13:00:00Z',
      signature: 's',
    });
    await deps.storage.saveProcessedCrash(crashId, processed);
    await deps.searchIndex.indexCrash(processed);
    await deps.searchIndex.refresh();
    expect(await updateMissingJob.run(deps, noRun())).toBe(
      '1 missing crashes checked, 1 processed since',
    );
  });

  it('counts only the product versions it added', async () => {
    const source = `${deps.directory}/versions.json`;
    await writeFile(
      source,
      JSON.stringify([
        { product: 'Firefox', channel: 'beta', build_id: '1', version: '51.0b5' },
        { product: 'Firefox', channel: 'beta', build_id: '1', version: '51.0b5' },
      ]),
    );
    const withSource = { ...deps, config: { ...deps.config, productVersionsSource: source } };
    expect(await productVersionsJob.run(withSource, noRun())).toBe('2 builds read, 1 new');
    expect(await productVersionsJob.run(withSource, noRun())).toBe('2 builds read, 0 new');
  });

  it('deletes old tokens with their grants, and old run logs', async () => {
    await appDb.db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'a@example.org',
        password_hash: null,
        created_at: '2024-01-01T00:00:00.000Z',
        last_login_at: null,
        is_active: 1,
        is_superuser: 0,
      })
      .execute();
    await appDb.db
      .insertInto('api_tokens')
      .values({
        id: 't1',
        user_id: 'u1',
        token_hash: 'h',
        token_prefix: 'p',
        notes: '',
        created_at: '2023-01-01T00:00:00.000Z',
        expires_at: '2024-01-01T00:00:00.000Z',
        revoked_at: null,
      })
      .execute();
    await appDb.db
      .insertInto('api_token_permissions')
      .values({ token_id: 't1', permission: 'view_pii' })
      .execute();
    expect(await clearTokensJob.run(deps, noRun())).toMatch(/^deleted 1 tokens/);
    expect(await appDb.db.selectFrom('api_token_permissions').selectAll().execute()).toEqual([]);

    const runner = createCronRunner({ jobs: [cleanseCronLogJob], deps });
    await runner.runDueJobs();
    deps.clock.advance(200 * 86_400_000);
    expect((await runner.runDueJobs())[0]!.runs[0]!.summary).toMatch(
      /^deleted 1 runs logged before /,
    );
  });
});
