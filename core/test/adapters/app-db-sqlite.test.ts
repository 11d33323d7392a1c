import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteAppDb } from '../../src/adapters/app-db/sqlite.js';
import { describeAppDbContract } from '../contracts/app-db.contract.js';

describeAppDbContract('SQLite', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'cairn-appdb-'));
  return {
    appDb: createSqliteAppDb(path.join(directory, 'cairn.sqlite')),
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
});
