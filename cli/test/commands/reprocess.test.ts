import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSqliteAppDb,
  createSqliteCrashQueue,
  createSqliteSearchIndex,
  type QueueMessage,
} from '@cairn/core';
import { createDeadLetterStore } from '@cairn/processor';
import { registerReprocessCommand } from '../../src/commands/reprocess.js';

const ID_A = 'de1bb258-cbbf-4589-a673-34f800160918';
const ID_B = 'aa1bb258-cbbf-4589-a673-34f800160918';

let printed: string[];
let errors: string[];
let directory: string;

beforeEach(async () => {
  printed = [];
  errors = [];
  directory = await mkdtemp(path.join(tmpdir(), 'cairn-reprocess-cli-'));
  vi.stubEnv('CAIRN_DATA_DIR', directory);
  vi.stubEnv('CAIRN_DATABASE_URL', '');
  vi.stubEnv('CAIRN_QUEUE', 'sqlite');
  vi.stubEnv('CAIRN_SEARCH', 'sqlite');
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await rm(directory, { recursive: true, force: true });
});

async function reprocess(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerReprocessCommand(program);
  await program.parseAsync(['reprocess', ...args], { from: 'user' });
}

async function queued(): Promise<QueueMessage[]> {
  const queue = createSqliteCrashQueue({ file: path.join(directory, 'queue.sqlite') });
  try {
    return await queue.receive({ maxMessages: 100 });
  } finally {
    await queue.close();
  }
}

describe('cairn reprocess', () => {
  it('queues the given crashes on the reprocessing queue, ids in any accepted spelling', async () => {
    await reprocess(ID_A, `bp-${ID_B}`);
    expect(printed).toEqual(['queued 2 crashes for reprocessing']);
    const messages = await queued();
    expect(messages.map((message) => [message.queue, message.body])).toEqual([
      ['reprocessing', ID_A],
      ['reprocessing', ID_B],
    ]);
  });

  it('asks for a rule set with --ruleset', async () => {
    await reprocess('--ruleset', 'regenerate_signature', ID_A);
    expect((await queued()).map((message) => message.body)).toEqual([
      `${ID_A}:regenerate_signature`,
    ]);
  });

  it.each([
    [['not-an-id'], 'cairn reprocess: not a crash id: "not-an-id"'],
    [
      ['--ruleset', 'mozilla', ID_A],
      'cairn reprocess: unknown rule set "mozilla"; use default or regenerate_signature',
    ],
    [[], 'cairn reprocess: give crash ids, --query or --dead-letters (exactly one of them)'],
    [
      [ID_A, '--dead-letters'],
      'cairn reprocess: give crash ids, --query or --dead-letters (exactly one of them)',
    ],
  ])('refuses %j with a clear message', async (args, message) => {
    await reprocess(...args);
    expect(errors).toEqual([message]);
    expect(process.exitCode).toBe(2);
    expect(await queued()).toEqual([]);
  });

  describe('--query', () => {
    beforeEach(async () => {
      const index = createSqliteSearchIndex({
        file: path.join(directory, 'search.sqlite'),
        retentionWeeks: 26,
      });
      const now = new Date().toISOString();
      await index.indexCrashes([
        { uuid: ID_A, date_processed: now, product: 'Firefox', signature: 'OOM | small' },
        { uuid: ID_B, date_processed: now, product: 'Thunderbird', signature: 'OOM | large' },
      ]);
      await index.close();
    });

    it('counts the matching crashes without queueing them on a dry run', async () => {
      await reprocess('--query', 'signature=~OOM', '--dry-run');
      expect(printed).toEqual(['2 crashes match; none queued (dry run)']);
      expect(await queued()).toEqual([]);
    });

    it('queues every crash the Super Search query matches', async () => {
      await reprocess('--query', '?product=Firefox');
      expect(printed).toEqual(['queued 1 crashes for reprocessing']);
      expect((await queued()).map((message) => message.body)).toEqual([ID_A]);
    });

    it('reports an invalid query with the search error', async () => {
      await reprocess('--query', 'uptime=>many');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^cairn reprocess: /);
      expect(process.exitCode).toBe(2);
    });
  });

  it('queues the waiting dead letters and marks them requeued', async () => {
    const appDb = createSqliteAppDb(path.join(directory, 'cairn.sqlite'));
    await appDb.migrate();
    const store = createDeadLetterStore(appDb);
    await store.record({
      work_item: `${ID_A}:regenerate_signature`,
      crash_id: ID_A,
      ruleset: 'regenerate_signature',
      queue: 'reprocessing',
      reason: 'processing_failed',
      error: 'Error: x',
      receive_count: 5,
      failed_at: '2024-01-01T00:00:00+00:00',
    });
    await reprocess('--dead-letters');
    expect(printed).toEqual(['queued 1 dead letters for reprocessing']);
    expect((await queued()).map((message) => message.body)).toEqual([
      `${ID_A}:regenerate_signature`,
    ]);
    expect(await store.list()).toEqual([]);
    expect(await store.list({ includeRequeued: true })).toHaveLength(1);
    await appDb.close();
  });
});
