import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCollector, loadThrottleRuleSet } from '@cairn/collector';
import {
  createFsCrashStorage,
  createSilentLogger,
  createSqliteCrashQueue,
  loadConfig,
  systemClock,
  type CrashStorage,
} from '@cairn/core';
import { registerSubmitCommand } from '../../src/commands/submit.js';

let directory: string;
let storage: CrashStorage;
let url: string;
let close: () => Promise<void>;
let printed: string[];
let errors: string[];

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'cairn-submit-cli-'));
  storage = createFsCrashStorage(path.join(directory, 'crashes'));
  const queue = createSqliteCrashQueue({ file: path.join(directory, 'queue.sqlite') });
  const app = buildCollector({
    storage,
    queue,
    clock: systemClock,
    logger: createSilentLogger(),
    config: loadConfig({ CAIRN_DATA_DIR: directory }).collector,
    ruleSet: await loadThrottleRuleSet('accept-all'),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/submit`;
  close = async () => {
    await app.close();
    await queue.close();
  };
  printed = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await close();
  await rm(directory, { recursive: true, force: true });
});

async function submit(...args: string[]): Promise<void> {
  await submitTo(url, ...args);
}

async function submitTo(target: string, ...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerSubmitCommand(program);
  await program.parseAsync(['submit', ...args, '--url', target], { from: 'user' });
}

async function file(name: string, content: string): Promise<string> {
  const target = path.join(directory, name);
  await writeFile(target, content);
  return target;
}

describe('cairn submit', () => {
  it('sends text annotations and the main dump, as Breakpad clients do', async () => {
    await submit(await file('crash.dmp', 'MDMP'), '-a', 'ProductName=Firefox');
    const crashId = printed[0]!;
    const rawCrash = await storage.loadRawCrash(crashId);
    expect(rawCrash).toMatchObject({ ProductName: 'Firefox', metadata: { payload: 'multipart' } });
    expect(Buffer.from(await storage.loadDump(crashId, 'upload_file_minidump')).toString()).toBe(
      'MDMP',
    );
  });

  it('sends a Firefox-style report: JSON annotations from a file, several dumps, gzip', async () => {
    const extra = await file(
      'crash.extra',
      JSON.stringify({ ProductName: 'Firefox', Version: '140.0' }),
    );
    await submit(
      await file('main.dmp', 'MAIN'),
      '--annotations',
      extra,
      '-a',
      'ReleaseChannel=nightly',
      '-d',
      `upload_file_minidump_content=${await file('content.dmp', 'CONTENT')}`,
      '--json',
      '--gzip',
    );
    const crashId = printed[0]!;
    expect(await storage.loadRawCrash(crashId)).toMatchObject({
      ProductName: 'Firefox',
      Version: '140.0',
      ReleaseChannel: 'nightly',
      metadata: { payload: 'json', payload_compressed: '1' },
    });
    expect(await storage.loadDumpNames(crashId)).toEqual([
      'upload_file_minidump',
      'upload_file_minidump_content',
    ]);
  });

  it('explains an annotations file that is not an object of strings', async () => {
    await submit('--annotations', await file('bad.extra', '{"Count": 3}'));
    expect([errors, process.exitCode]).toEqual([
      [`cairn submit: ${path.join(directory, 'bad.extra')}: annotation Count is not a string`],
      1,
    ]);
  });

  it('reports the collector refusal', async () => {
    await submit(await file('crash.dmp', 'MDMP'));
    expect(errors).toEqual([
      `cairn submit: the collector at ${url} answered 400: Discarded=malformed_no_annotations`,
    ]);
  });

  it('points at /submit when the URL given is the collector without its path', async () => {
    const bare = url.replace(/\/submit$/, '');
    await submitTo(bare, await file('crash.dmp', 'MDMP'), '-a', 'ProductName=Firefox');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^cairn submit: the collector at ${bare} answered 404: .*\\(crash reports are posted to the collector’s /submit path\\)$`,
      ),
    );
  });
});
