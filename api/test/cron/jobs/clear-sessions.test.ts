import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSessionsJob } from '../../../src/cron/jobs/clear-sessions.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({ now: new Date('2024-03-13T05:00:00Z') });
  await deps.appDb.db
    .insertInto('users')
    .values({
      id: 'u1',
      email: 'dev@example.org',
      password_hash: null,
      created_at: '2024-01-01T00:00:00.000Z',
      last_login_at: null,
      is_active: 1,
      is_superuser: 0,
    })
    .execute();
});
afterEach(async () => deps.close());

const session = (id_hash: string, expires_at: string) => ({
  id_hash,
  user_id: 'u1',
  csrf_token: `csrf-${id_hash}`,
  created_at: '2024-03-01T00:00:00.000Z',
  expires_at,
});

describe('clearsessions', () => {
  it('deletes the sessions that have expired and keeps the live ones', async () => {
    await deps.appDb.db
      .insertInto('sessions')
      .values([
        session('expired', '2024-03-12T00:00:00.000Z'),
        session('expiring now', '2024-03-13T05:00:00.000Z'),
        session('live', '2024-03-13T05:00:01.000Z'),
      ])
      .execute();
    expect(
      await clearSessionsJob.run(deps, { runTime: deps.clock.now(), lastSuccess: undefined }),
    ).toBe('deleted 2 expired sessions');
    expect(await deps.appDb.db.selectFrom('sessions').select('id_hash').execute()).toEqual([
      { id_hash: 'live' },
    ]);
  });
});
