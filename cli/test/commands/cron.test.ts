import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerCronCommand } from '../../src/commands/cron.js';

let printed: string[];
let errors: string[];
let directory: string;

/**
 * Noon UTC: past every job's time of day, so jobs that never ran are due (before their time
 * of day they are not, as in the reference, which made these tests fail between midnight and
 * 06:30 UTC). Only Date is faked; timers run as usual.
 */
const NOW = new Date('2026-06-15T12:00:00.000Z');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  printed = [];
  errors = [];
  directory = await mkdtemp(path.join(tmpdir(), 'cairn-cron-cli-'));
  vi.stubEnv('CAIRN_DATA_DIR', directory);
  vi.stubEnv('CAIRN_DATABASE_URL', '');
  vi.stubEnv('CAIRN_LOG_LEVEL', 'silent');
  vi.stubEnv('CAIRN_CRASH_STORAGE', 'fs');
  vi.stubEnv('CAIRN_QUEUE', 'sqlite');
  vi.stubEnv('CAIRN_SEARCH', 'sqlite');
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await rm(directory, { recursive: true, force: true });
});

async function cron(...args: string[]): Promise<string[]> {
  printed = [];
  const program = new Command().exitOverride();
  registerCronCommand(program);
  await program.parseAsync(['cron', ...args], { from: 'user' });
  return printed.join('\n').split('\n');
}

describe('cairn cron', () => {
  it('lists every job with its schedule before any has run', async () => {
    const lines = await cron('list');
    expect(lines[0]).toMatch(/^job +schedule \(UTC\) +last success +next run +errors +state$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^verifyprocessed +1d at 04:00 backfill +- +- +0$/),
    );
    expect(lines).toHaveLength(11);
  });

  it('runs a due job, then says when it is due next, and runs it anyway with --force', async () => {
    const [first] = await cron('run', 'cleanse_cronlog');
    expect(first).toMatch(/^cleanse_cronlog \S+Z ok: deleted 0 runs logged before \S+Z$/);
    const [notDue] = await cron('run', 'cleanse_cronlog');
    expect(notDue).toMatch(
      /^cleanse_cronlog: not due until \d{4}-\d\d-\d\dT05:00:00\.000Z; add --force to run it now$/,
    );
    expect(await cron('run', 'cleanse_cronlog', '--force')).toEqual([
      expect.stringMatching(/^cleanse_cronlog \S+Z ok: deleted 0 runs logged/),
    ]);
    const listed = JSON.parse((await cron('list', '--json')).join('\n')) as {
      name: string;
      lastSuccessAt?: string;
    }[];
    expect(listed.find((job) => job.name === 'cleanse_cronlog')!.lastSuccessAt).toMatch(/Z$/);
    expect(process.exitCode).toBeUndefined();
  });

  it('resets a job so it is due again', async () => {
    await cron('run', 'clearsessions');
    expect(await cron('reset', 'clearsessions')).toEqual([
      'clearsessions: reset; it runs next as if for the first time',
    ]);
    expect((await cron('run', 'clearsessions'))[0]).toMatch(/^clearsessions \S+ ok: deleted 0/);
  });

  it('says when a job that never ran first runs, before its time of day', async () => {
    vi.setSystemTime(new Date('2026-06-15T01:00:00.000Z'));
    expect(await cron('run', 'cleanse_cronlog')).toEqual([
      'cleanse_cronlog: not due until its first run at 05:00 UTC; add --force to run it now',
    ]);
  });

  it('names the jobs there are when given an unknown one, and fails', async () => {
    await cron('run', 'esclean');
    expect(errors).toEqual([
      expect.stringMatching(/^cairn cron: No job named "esclean"; the jobs are bugassociations, /),
    ]);
    expect(process.exitCode).toBe(1);
  });

  it('runs every due job once with --once', async () => {
    const lines = await cron('--once');
    expect(lines.map((line) => line.split(' ')[0])).toEqual([
      'bugassociations',
      'updatesignatures',
      'productversions',
      'updatemissing',
      'verifyprocessed',
      'searchretention',
      'crashstorageretention',
      'clearsessions',
      'cleartokens',
      'cleanse_cronlog',
    ]);
    expect(lines[0]).toMatch(/ok: skipped: CAIRN_BUGZILLA_URL is empty$/);
  });

  it('prints the schedule table of docs/cron.md', async () => {
    const lines = await cron('list', '--markdown');
    expect(lines.slice(0, 2)).toEqual([
      '| job | schedule (UTC) | backfill | what it does |',
      '| --- | --- | --- | --- |',
    ]);
  });
});
