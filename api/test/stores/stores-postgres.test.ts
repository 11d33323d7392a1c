import { describe } from 'vitest';
import { createPostgresAppDb } from '@cairn/core';
import { createPostgresDatabase, requireService } from '../../../test/services.js';
import { describeApiStores } from './describe-stores.js';

const postgres = await requireService('postgres');

describe.skipIf(!postgres)('PostgreSQL', () => {
  describeApiStores('PostgreSQL', async () => {
    const database = await createPostgresDatabase(postgres!);
    return { appDb: createPostgresAppDb(database.url), cleanup: () => database.drop() };
  });
});
