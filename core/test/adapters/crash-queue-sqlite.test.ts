import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteCrashQueue } from '../../src/adapters/crash-queue/sqlite.js';
import { describeCrashQueueContract } from '../contracts/crash-queue.contract.js';

describeCrashQueueContract('SQLite', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'cairn-queue-'));
  return {
    queue: createSqliteCrashQueue({
      file: path.join(directory, 'queue.sqlite'),
      visibilityTimeoutMs: 1000,
    }),
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
});

describe('SQLite queue shared by two handles (two processes on one machine)', () => {
  it('never gives the same message to both', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'cairn-queue-'));
    const file = path.join(directory, 'queue.sqlite');
    const first = createSqliteCrashQueue({ file });
    const second = createSqliteCrashQueue({ file });
    const ids = Array.from(
      { length: 50 },
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(6, '0')}160918`,
    );
    await first.publish('standard', ids);
    const seen: string[] = [];
    for (;;) {
      const batch = [
        ...(await first.receive({ maxMessages: 3 })),
        ...(await second.receive({ maxMessages: 4 })),
      ];
      if (batch.length === 0) break;
      seen.push(...batch.map((message) => message.body));
    }
    expect(seen.sort()).toEqual(ids);
    await first.close();
    await second.close();
    await rm(directory, { recursive: true, force: true });
  });
});
