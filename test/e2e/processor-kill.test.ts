/**
 * A processor killed with SIGKILL in the middle of a crash loses nothing: the message was not
 * acked, so it comes back after the visibility timeout and the restarted processor finishes it.
 *
 * To stop the processor mid-crash deterministically, the raw crash file is swapped for a FIFO:
 * reading it blocks until someone writes, so the processor is stuck inside the crash when killed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createFsCrashStorage, createSqliteCrashQueue, formatPythonJson } from '@cairn/core';
import { findFreePort, startCairn, waitFor } from '../cairn-process.js';

const CRASH_ID = 'de1bb258-cbbf-4589-a673-34f800160918';

describe('a processor killed mid-crash', () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is redelivered the message after restart, and the crash is processed once', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cairn-kill-'));
    const env = {
      CAIRN_DATA_DIR: dataDir,
      CAIRN_QUEUE_VISIBILITY_TIMEOUT_MS: '2000',
      CAIRN_PROCESSOR_PORT: String(await findFreePort()),
      CAIRN_PROCESSOR_WORKERS: '1',
    };
    const storage = createFsCrashStorage(path.join(dataDir, 'crashes'));
    const rawCrash = { ProductName: 'Firefox', Version: '121.0', uuid: CRASH_ID, version: 2 };
    await storage.saveRawCrash(
      CRASH_ID,
      rawCrash,
      new Map([['upload_file_minidump', new Uint8Array([1, 2, 3])]]),
    );
    const rawCrashFile = path.join(dataDir, 'crashes/v1/raw_crash/20160918', CRASH_ID);
    await rm(rawCrashFile);
    execFileSync('mkfifo', [rawCrashFile]);

    const queue = createSqliteCrashQueue({ file: path.join(dataDir, 'queue.sqlite') });
    await queue.publish('standard', [CRASH_ID]);
    await queue.close();
    const queueDb = new Database(path.join(dataDir, 'queue.sqlite'), { readonly: true });
    const receiveCount = () =>
      (
        queueDb.prepare('SELECT receive_count AS n FROM crash_queue_messages').get() as
          { n: number } | undefined
      )?.n;

    const first = startCairn(['processor'], env);
    await waitFor(
      async () => (receiveCount() === 1 ? true : undefined),
      60_000,
      'the processor to take the message',
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await expect(storage.loadProcessedCrash(CRASH_ID)).rejects.toMatchObject({
      code: 'CRASH_NOT_FOUND',
    });

    await rm(rawCrashFile);
    await writeFile(rawCrashFile, formatPythonJson(rawCrash));
    const second = startCairn(['processor'], env);
    const processed = await waitFor(
      () => storage.loadProcessedCrash(CRASH_ID).catch(() => undefined),
      60_000,
      'the restarted processor to process the crash',
    );
    expect(processed).toMatchObject({
      uuid: CRASH_ID,
      product: 'Firefox',
      version: '121.0',
      processor_history: [],
    });
    await waitFor(
      async () => (receiveCount() === undefined ? true : undefined),
      10_000,
      'the message to be acked',
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('crash processed');
    expect(
      JSON.parse(
        await readFile(path.join(dataDir, 'crashes/v1/processed_crash', CRASH_ID), 'utf8'),
      ),
    ).toMatchObject({
      uuid: CRASH_ID,
    });
    queueDb.close();
    // Two processor start-ups (each compiling its stack-walking thread from source) and two
    // waits of up to 60 s: longer than the default test timeout on a loaded machine.
  }, 180_000);
});
