import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresAppDb } from '../../src/adapters/app-db/postgres.js';
import { createPostgresDatabase, requireService } from '../../../test/services.js';
import { describeAppDbContract } from '../contracts/app-db.contract.js';

const postgres = await requireService('postgres');

describe.skipIf(!postgres)('PostgreSQL adapter', () => {
  describeAppDbContract('PostgreSQL', async () => {
    const database = await createPostgresDatabase(postgres!);
    return { appDb: createPostgresAppDb(database.url), cleanup: () => database.drop() };
  });
});

describe.skipIf(!postgres)('PostgreSQL adapter when the server ends idle connections', () => {
  it('keeps working: the next query opens a new connection', async () => {
    const database = await createPostgresDatabase(postgres!);
    const appDb = createPostgresAppDb(database.url);
    try {
      await appDb.migrate();
      await appDb.checkHealth();
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      try {
        const ended = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        );
        expect(ended.rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(appDb.checkHealth()).resolves.toBeUndefined();
    } finally {
      await appDb.close();
      await database.drop();
    }
  });
});
