import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearTokensJob } from '../../../src/cron/jobs/clear-tokens.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({ now: new Date('2024-03-31T05:00:00Z') });
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

const token = (id: string, expires_at: string, revoked_at: string | null = null) => ({
  id,
  user_id: 'u1',
  token_hash: `hash-${id}`,
  token_prefix: id.slice(0, 4),
  notes: '',
  created_at: '2023-12-01T00:00:00.000Z',
  expires_at,
  revoked_at,
});

describe('cleartokens', () => {
  it('deletes tokens expired or revoked more than 30 days ago, with their permissions', async () => {
    await deps.appDb.db
      .insertInto('api_tokens')
      .values([
        token('expired-31-days', '2024-02-29T00:00:00.000Z'),
        token('expired-29-days', '2024-03-02T00:00:00.000Z'),
        token('revoked-40-days', '2024-12-31T00:00:00.000Z', '2024-02-20T00:00:00.000Z'),
        token('revoked-yesterday', '2024-12-31T00:00:00.000Z', '2024-03-30T00:00:00.000Z'),
        token('active', '2024-12-31T00:00:00.000Z'),
      ])
      .execute();
    await deps.appDb.db
      .insertInto('api_token_permissions')
      .values([
        { token_id: 'expired-31-days', permission: 'view_pii' },
        { token_id: 'active', permission: 'view_pii' },
      ])
      .execute();
    expect(
      await clearTokensJob.run(deps, { runTime: deps.clock.now(), lastSuccess: undefined }),
    ).toBe('deleted 2 tokens expired or revoked before 2024-03-01T05:00:00.000Z');
    expect(
      (await deps.appDb.db.selectFrom('api_tokens').select('id').orderBy('id').execute()).map(
        (row) => row.id,
      ),
    ).toEqual(['active', 'expired-29-days', 'revoked-yesterday']);
    expect(await deps.appDb.db.selectFrom('api_token_permissions').selectAll().execute()).toEqual([
      { token_id: 'active', permission: 'view_pii' },
    ]);
  });
});
