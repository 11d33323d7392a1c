import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSqliteAppDb } from '@cairn/core';
import { createDeadLetterStore, formatProcessorRulesMarkdown } from '@cairn/processor';
import { registerProcessorCommands } from '../../src/commands/processor.js';

let printed: string[];
let errors: string[];
let directory: string;

beforeEach(async () => {
  printed = [];
  errors = [];
  directory = await mkdtemp(path.join(tmpdir(), 'cairn-processor-cli-'));
  vi.stubEnv('CAIRN_DATA_DIR', directory);
  vi.stubEnv('CAIRN_DATABASE_URL', '');
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await rm(directory, { recursive: true, force: true });
});

async function processorCommand(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerProcessorCommands(program);
  await program.parseAsync(['processor', ...args], { from: 'user' });
}

async function recordDeadLetters(): Promise<void> {
  const appDb = createSqliteAppDb(path.join(directory, 'cairn.sqlite'));
  try {
    await appDb.migrate();
    const store = createDeadLetterStore(appDb);
    const base = {
      queue: 'standard',
      error: 'SyntaxError: Unexpected token\n in JSON',
      receive_count: 5,
    };
    await store.record({
      ...base,
      work_item: 'de1bb258-cbbf-4589-a673-34f800160918',
      crash_id: 'de1bb258-cbbf-4589-a673-34f800160918',
      ruleset: null,
      reason: 'processing_failed',
      failed_at: '2024-01-02T00:00:00+00:00',
    });
    await store.record({
      ...base,
      work_item: 'aa1bb258-cbbf-4589-a673-34f800160918:nope',
      crash_id: 'aa1bb258-cbbf-4589-a673-34f800160918',
      ruleset: 'nope',
      reason: 'unknown_ruleset',
      failed_at: '2024-01-01T00:00:00+00:00',
    });
    await store.markRequeued(['aa1bb258-cbbf-4589-a673-34f800160918:nope'], '2024-01-03T00:00:00Z');
  } finally {
    await appDb.close();
  }
}

describe('cairn processor rules', () => {
  it('prints the rule reference', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
    await processorCommand('rules');
    expect(written.join('')).toBe(formatProcessorRulesMarkdown());
  });
});

describe('cairn processor dead-letters', () => {
  it('says so when there are none', async () => {
    await processorCommand('dead-letters');
    expect(printed).toEqual(['no dead letters']);
  });

  it('lists the waiting dead letters as a table, errors on one line', async () => {
    await recordDeadLetters();
    await processorCommand('dead-letters');
    expect(printed).toHaveLength(2);
    expect(printed[1]!.split('\t')).toEqual([
      '2024-01-02T00:00:00+00:00',
      'de1bb258-cbbf-4589-a673-34f800160918',
      'standard',
      'processing_failed',
      '5',
      '-',
      'SyntaxError: Unexpected token in JSON',
    ]);
  });

  it('includes requeued ones with --all, as JSON lines with --json', async () => {
    await recordDeadLetters();
    await processorCommand('dead-letters', '--all', '--json');
    const rows = printed.map(
      (line) => JSON.parse(line) as { work_item: string; requeued_at: string | null },
    );
    expect(rows.map((row) => row.work_item)).toEqual([
      'aa1bb258-cbbf-4589-a673-34f800160918:nope',
      'de1bb258-cbbf-4589-a673-34f800160918',
    ]);
    expect(rows[0]!.requeued_at).toBe('2024-01-03T00:00:00Z');
  });

  it('refuses a limit that is not a positive whole number', async () => {
    await processorCommand('dead-letters', '--limit', 'ten');
    expect(errors).toEqual([
      'cairn processor dead-letters: --limit must be a positive whole number',
    ]);
    expect(process.exitCode).toBe(2);
  });
});
