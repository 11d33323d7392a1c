import { describe } from 'vitest';
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
