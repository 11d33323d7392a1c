import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSqliteSearchIndex } from '../../../src/adapters/search-index/sqlite/sqlite-search-index.js';
import { describeSearchIndexContract } from '../../contracts/search-index.contract.js';

describeSearchIndexContract('sqlite', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-search-'));
  const index = createSqliteSearchIndex({
    file: path.join(dir, 'search.sqlite'),
    retentionWeeks: 26,
  });
  return {
    index,
    close: async () => {
      await index.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
