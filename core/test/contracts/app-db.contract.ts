/** The AppDb contract: the same queries behave the same on every dialect. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../src/ports/app-db.js';

/** What an AppDb adapter under test provides. */
export interface AppDbUnderTest {
  /** An adapter on an empty database (not migrated yet). */
  readonly appDb: AppDb;
  cleanup(): Promise<void>;
}

/** Runs the contract against an adapter made fresh for each test. */
export function describeAppDbContract(adapterName: string, create: () => Promise<AppDbUnderTest>) {
  describe(`AppDb contract: ${adapterName}`, () => {
    let subject: AppDbUnderTest;
    beforeEach(async () => {
      subject = await create();
      await subject.appDb.migrate();
    });
    afterEach(async () => {
      await subject.appDb.close();
      await subject.cleanup();
    });

    it('can be migrated again without changing anything', async () => {
      await subject.appDb.db
        .insertInto('signatures')
        .values({
          signature: 'OOM | small',
          first_date: '2024-01-02T03:04:05.000Z',
          first_build: null,
        })
        .execute();
      await subject.appDb.migrate();
      expect(await subject.appDb.db.selectFrom('signatures').select('signature').execute()).toEqual(
        [{ signature: 'OOM | small' }],
      );
    });

    it('stores and reads back rows with text, null and unicode values', async () => {
      const { db } = subject.appDb;
      await db
        .insertInto('signatures')
        .values([
          {
            signature: 'mozilla::dom::Foo | ☃',
            first_date: '2024-01-02T03:04:05.000Z',
            first_build: '20240101093000',
          },
          { signature: 'OOM | large', first_date: '2023-12-31T00:00:00.000Z', first_build: null },
        ])
        .execute();
      const rows = await db.selectFrom('signatures').selectAll().orderBy('first_date').execute();
      expect(rows).toEqual([
        { signature: 'OOM | large', first_date: '2023-12-31T00:00:00.000Z', first_build: null },
        {
          signature: 'mozilla::dom::Foo | ☃',
          first_date: '2024-01-02T03:04:05.000Z',
          first_build: '20240101093000',
        },
      ]);
    });

    it('refuses a duplicate primary key and supports upserts', async () => {
      const { db } = subject.appDb;
      const row = {
        signature: 'shutdownhang',
        first_date: '2024-01-02T00:00:00.000Z',
        first_build: '1',
      };
      await db.insertInto('signatures').values(row).execute();
      await expect(db.insertInto('signatures').values(row).execute()).rejects.toThrow();
      await db
        .insertInto('signatures')
        .values({ ...row, first_build: '2' })
        .onConflict((conflict) => conflict.column('signature').doUpdateSet({ first_build: '2' }))
        .execute();
      expect(await db.selectFrom('signatures').select('first_build').executeTakeFirst()).toEqual({
        first_build: '2',
      });
    });

    it('keeps accounts with 0/1 flags and removes the tokens, sessions and grants of a deleted user', async () => {
      const { db } = subject.appDb;
      const now = '2024-01-02T03:04:05.000Z';
      await db
        .insertInto('users')
        .values({
          id: 'u1',
          email: 'a@example.com',
          password_hash: null,
          created_at: now,
          last_login_at: null,
          is_active: 1,
          is_superuser: 0,
        })
        .execute();
      await db.insertInto('groups').values({ name: 'Hackers', description: '' }).execute();
      await db
        .insertInto('group_permissions')
        .values({ group_name: 'Hackers', permission: 'view_pii' })
        .execute();
      await db.insertInto('user_groups').values({ user_id: 'u1', group_name: 'Hackers' }).execute();
      await db
        .insertInto('user_permissions')
        .values({ user_id: 'u1', permission: 'view_rawdump' })
        .execute();
      await db
        .insertInto('api_tokens')
        .values({
          id: 't1',
          user_id: 'u1',
          token_hash: 'h',
          token_prefix: 'ab',
          notes: '',
          created_at: now,
          expires_at: now,
          revoked_at: null,
        })
        .execute();
      await db
        .insertInto('api_token_permissions')
        .values({ token_id: 't1', permission: 'view_pii' })
        .execute();
      await db
        .insertInto('sessions')
        .values({ id_hash: 's', user_id: 'u1', csrf_token: 'c', created_at: now, expires_at: now })
        .execute();
      expect(await db.selectFrom('users').select(['is_active', 'is_superuser']).execute()).toEqual([
        { is_active: 1, is_superuser: 0 },
      ]);
      await expect(
        db
          .insertInto('users')
          .values({
            id: 'u2',
            email: 'a@example.com',
            password_hash: null,
            created_at: now,
            last_login_at: null,
            is_active: 1,
            is_superuser: 0,
          })
          .execute(),
      ).rejects.toThrow();
      await db.deleteFrom('users').where('id', '=', 'u1').execute();
      for (const table of [
        'api_tokens',
        'api_token_permissions',
        'sessions',
        'user_groups',
        'user_permissions',
      ] as const) {
        expect(await db.selectFrom(table).selectAll().execute()).toEqual([]);
      }
      expect(await db.selectFrom('group_permissions').selectAll().execute()).toHaveLength(1);
    });

    it('keeps bug associations unique per bug and signature, with numeric bug ids', async () => {
      const { db } = subject.appDb;
      await db
        .insertInto('bug_associations')
        .values({ bug_id: 999999, signature: 'OOM | small' })
        .execute();
      await expect(
        db
          .insertInto('bug_associations')
          .values({ bug_id: 999999, signature: 'OOM | small' })
          .execute(),
      ).rejects.toThrow();
      expect(await db.selectFrom('bug_associations').selectAll().execute()).toEqual([
        { bug_id: 999999, signature: 'OOM | small' },
      ]);
    });

    it('answers a health check', async () => {
      await expect(subject.appDb.checkHealth()).resolves.toBeUndefined();
    });
  });
}
