import { describe, expect, it } from 'vitest';
import { crashReportKeysRule } from '../../src/rules/crash-report-keys.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('CrashReportKeysRule', () => {
  it('lists annotation and dump names sorted, without a note when all are valid', async () => {
    const run = await runRule(crashReportKeysRule, {
      rawCrash: { Version: '1', ProductName: 'Firefox', uuid: 'x' },
      dumps: new Map([['upload_file_minidump', new Uint8Array()]]),
    });
    expect(run.processedCrash.crash_report_keys).toEqual([
      'ProductName',
      'Version',
      'upload_file_minidump',
      'uuid',
    ]);
    expect(run.notes).toEqual([]);
  });

  it.each([
    ['a key with forbidden characters', { 'bad key!': 1, Good: 2 }, ['Good']],
    ['a key longer than 100 characters', { ['k'.repeat(120)]: 1 }, ['k'.repeat(100)]],
  ])('drops or cuts %s and notes it', async (_case, rawCrash, keys) => {
    const run = await runRule(crashReportKeysRule, { rawCrash });
    expect(run.processedCrash.crash_report_keys).toEqual(keys);
    expect(run.notes).toEqual(['invalidkeys: Crash report contains invalid keys']);
  });
});
