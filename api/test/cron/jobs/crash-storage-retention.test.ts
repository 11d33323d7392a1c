import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crashStorageRetentionJob } from '../../../src/cron/jobs/crash-storage-retention.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';
import { nextCrashId } from '../../fixtures/processed-crashes.js';

let deps: TestCronDependencies;
beforeEach(async () => {
  deps = await createTestCronDependencies({
    now: new Date('2024-07-01T06:30:00Z'),
    config: { crashStorageRetentionDays: 180 },
  });
});
afterEach(async () => deps.close());

async function storeCrash(day: string): Promise<string> {
  const crashId = nextCrashId(new Date(`${day}T12:00:00Z`));
  await deps.storage.saveRawCrash(
    crashId,
    { uuid: crashId, ProductName: 'Firefox' },
    new Map([
      ['upload_file_minidump', new Uint8Array([1, 2, 3])],
      ['memory_report', new Uint8Array([4])],
    ]),
  );
  await deps.storage.saveProcessedCrash(crashId, { uuid: crashId });
  return crashId;
}

const run = () =>
  crashStorageRetentionJob.run(deps, { runTime: deps.clock.now(), lastSuccess: undefined });

async function storedDays(): Promise<string[]> {
  const days: string[] = [];
  for await (const day of deps.storage.listRawCrashDates()) days.push(day);
  return days;
}

describe('crashstorageretention', () => {
  it('deletes whole crashes from the days before the cutoff and keeps the cutoff day on', async () => {
    const expired = [await storeCrash('2023-12-01'), await storeCrash('2024-01-02')];
    await storeCrash('2024-01-02');
    const kept = [await storeCrash('2024-01-03'), await storeCrash('2024-06-30')];
    expect(await run()).toBe('deleted 3 crashes of 2 days before 20240103');
    expect(await storedDays()).toEqual(['20240103', '20240630']);
    for (const crashId of expired) {
      expect(await deps.storage.hasProcessedCrash(crashId)).toBe(false);
      await expect(deps.storage.loadDump(crashId, 'memory_report')).rejects.toMatchObject({
        code: 'CRASH_NOT_FOUND',
      });
    }
    for (const crashId of kept) {
      expect(await deps.storage.loadDumpNames(crashId)).toEqual([
        'memory_report',
        'upload_file_minidump',
      ]);
      expect(await deps.storage.hasProcessedCrash(crashId)).toBe(true);
    }
    expect(await run()).toBe('deleted 0 crashes of 0 days before 20240103');
  });

  it('leaves a stray file in an expired day alone instead of failing', async () => {
    await storeCrash('2023-12-01');
    const stray = path.join(deps.directory, 'crashes/v1/raw_crash/20231201/notes.txt');
    await mkdir(path.dirname(stray), { recursive: true });
    await writeFile(stray, 'not a crash');
    expect(await run()).toBe('deleted 1 crashes of 1 days before 20240103');
  });

  it('keeps everything when the retention is 0', async () => {
    await storeCrash('2020-01-01');
    const summary = await crashStorageRetentionJob.run(
      { ...deps, config: { ...deps.config, crashStorageRetentionDays: 0 } },
      { runTime: deps.clock.now(), lastSuccess: undefined },
    );
    expect(summary).toBe('skipped: CAIRN_CRASH_STORAGE_RETENTION_DAYS is 0 (keep forever)');
    expect(await storedDays()).toEqual(['20200101']);
  });
});
