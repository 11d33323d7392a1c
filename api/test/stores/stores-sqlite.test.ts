import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteAppDb } from '@cairn/core';
import { describeApiStores } from './describe-stores.js';

describeApiStores('SQLite', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'cairn-api-stores-'));
  return {
    appDb: createSqliteAppDb(path.join(directory, 'cairn.sqlite')),
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
});
