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

    it('answers a health check', async () => {
      await expect(subject.appDb.checkHealth()).resolves.toBeUndefined();
    });
  });
}
