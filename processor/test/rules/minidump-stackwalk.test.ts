import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minidumpStackwalkRule } from '../../src/rules/minidump-stackwalk.js';
import { createInThreadStackWalker } from '../../src/stackwalk/in-thread-stack-walker.js';
import { createThreadPoolStackWalker } from '../../src/stackwalk/thread-pool-stack-walker.js';
import { runRule, testServices } from '../fixtures/rule-harness.js';
import { MINIDUMPS_DIR, shouldSkipSharedData, SYMBOLS_DIR } from '../fixtures/shared-data.js';

const symbols = {
  paths: [SYMBOLS_DIR],
  urls: [],
  cacheDirectory: '/nonexistent',
  memoryBytes: 1e8,
};
const dump = (name: string) => readFile(path.join(MINIDUMPS_DIR, `${name}.dmp`));

describe.skipIf(shouldSkipSharedData())('MinidumpStackwalkRule', () => {
  const walker = createInThreadStackWalker(symbols);
  const services = testServices({ stackWalker: walker });

  it('puts the main dump results at the top level', async () => {
    const run = await runRule(minidumpStackwalkRule, {
      dumps: new Map([['upload_file_minidump', await dump('test')]]),
      services,
    });
    const expected = JSON.parse(
      await readFile(path.join(MINIDUMPS_DIR, 'expected/test.json'), 'utf8'),
    ) as { crash_info: unknown; threads: unknown };
    expect(run.processedCrash).toMatchObject({
      mdsw_return_code: 0,
      mdsw_status_string: 'OK',
      mdsw_stderr: '',
      stackwalk_version: walker.version,
      additional_minidumps: [],
    });
    const jsonDump = run.processedCrash.json_dump as Record<string, unknown>;
    expect(jsonDump.crash_info).toEqual(expected.crash_info);
    expect(run.notes).toEqual([]);
  });

  it('stores additional minidumps under their names and lists them', async () => {
    const bytes = await dump('test');
    const run = await runRule(minidumpStackwalkRule, {
      dumps: new Map([
        ['upload_file_minidump', bytes],
        ['upload_file_minidump_browser', bytes],
        ['memory_report', new Uint8Array([1])],
      ]),
      services,
    });
    expect(run.processedCrash.additional_minidumps).toEqual(['upload_file_minidump_browser']);
    expect(run.processedCrash.upload_file_minidump_browser).toMatchObject({
      mdsw_status_string: 'OK',
      mdsw_return_code: 0,
    });
    expect(run.processedCrash).not.toHaveProperty('memory_report');
  });

  it('does not list an additional minidump twice when reprocessing', async () => {
    const run = await runRule(minidumpStackwalkRule, {
      processedCrash: { additional_minidumps: ['upload_file_minidump_content'] },
      dumps: new Map([['upload_file_minidump_content', await dump('test')]]),
      services,
    });
    expect(run.processedCrash.additional_minidumps).toEqual(['upload_file_minidump_content']);
  });

  it('skips an empty dump with the reference status and note', async () => {
    const run = await runRule(minidumpStackwalkRule, {
      dumps: new Map([['upload_file_minidump', new Uint8Array()]]),
      services,
    });
    expect(run.processedCrash).toMatchObject({
      mdsw_status_string: 'EmptyMinidump',
      mdsw_stderr: 'Shortcut for 0-bytes minidump.',
    });
    expect(run.processedCrash).not.toHaveProperty('json_dump');
    expect(run.notes).toEqual([
      'MinidumpStackwalkRule: upload_file_minidump is empty--skipping minidump processing',
    ]);
  });

  it('records a refused dump with its reason, an empty json_dump and exit code 1', async () => {
    const run = await runRule(minidumpStackwalkRule, {
      dumps: new Map([['upload_file_minidump', await dump('invalid-range')]]),
      services,
    });
    expect(run.processedCrash).toMatchObject({
      json_dump: {},
      mdsw_return_code: 1,
      mdsw_status_string: 'MissingThreadList',
    });
    expect(run.processedCrash.mdsw_stderr).toContain('MissingThreadList');
    expect(run.notes).toEqual([
      'MinidumpStackwalkRule: minidump-stackwalk: failed: 1: MissingThreadList',
    ]);
  });

  describe('with the time limit already spent', () => {
    const pool = createThreadPoolStackWalker({ threads: 1, symbols });
    afterAll(() => pool.close());

    it('stops the walk and records it as the reference records a killed stack walker', async () => {
      const run = await runRule(minidumpStackwalkRule, {
        dumps: new Map([['upload_file_minidump', await dump('pipeline-inlines-macos-segv')]]),
        services: testServices({ stackWalker: pool }),
        deadlineMs: Date.now(),
      });
      expect(run.processedCrash).toMatchObject({
        json_dump: {},
        mdsw_return_code: -9,
        mdsw_status_string: 'unknown error',
      });
      expect(run.notes).toEqual(['MinidumpStackwalkRule: minidump-stackwalk: timeout (SIGKILL)']);
    });
  });
});
