/**
 * `npm run bench -- cron [--crashes=N] [--indexed=N]`: the scheduled jobs that walk crash data,
 * on the embedded adapters in a temporary directory. `verifyprocessed` checks one day of N
 * stored crashes (1 in 100 left unprocessed, 1 in 100 left out of the index),
 * `crashstorageretention` then deletes that day, and `updatesignatures` reads a window of
 * `indexed` crashes from the SQLite search index (more than 10,000, so the window is split).
 * Wall and CPU time are reported: the jobs wait on files and SQLite, so wall time is the
 * figure that matters, and CPU time shows how much of it is Cairn's own work.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createCrashId,
  createFixedClock,
  createFsCrashStorage,
  createSilentLogger,
  createSqliteAppDb,
  createSqliteCrashQueue,
  createSqliteSearchIndex,
  loadConfig,
  type ProcessedCrash,
} from '@cairn/core';
import { CRON_JOBS, type CronDependencies, type CronJob } from '@cairn/api';

function option(args: readonly string[], name: string, fallback: number): number {
  const value = args.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? fallback : Number(value);
}

function job(name: string): CronJob {
  const found = CRON_JOBS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no job ${name}`);
  return found;
}

/** Runs one job once and prints its wall and CPU time per item. */
async function time(
  deps: CronDependencies,
  name: string,
  items: number,
  runTime: Date,
  lastSuccess?: Date,
): Promise<void> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const summary = await job(name).run(deps, { runTime, lastSuccess });
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - wall;
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `${name.padEnd(22)} ${items} items  wall ${(wallMs / 1000).toFixed(2)} s (${((items / wallMs) * 1000).toFixed(0)}/s)  cpu ${(cpuMs / 1000).toFixed(2)} s (${((cpuMs * 1000) / items).toFixed(0)} µs/item)`,
  );
  console.log(`${''.padEnd(22)} ${summary}`);
}

function processedCrash(uuid: string, dateMs: number, index: number): ProcessedCrash {
  return {
    uuid,
    crash_id: uuid,
    date_processed: new Date(dateMs).toISOString(),
    signature: `signature ${index % 500}`,
    build: String(20240301000000 + (index % 977)),
    product: 'Firefox',
    version: '124.0',
  };
}

/** Runs the benchmark. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const crashes = option(args, 'crashes', 5000);
  const indexed = option(args, 'indexed', 20_000);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-bench-cron-'));
  const day = Date.parse('2024-03-12T00:00:00Z');
  const clock = createFixedClock(new Date('2024-03-13T04:00:00Z'));
  const deps: CronDependencies = {
    appDb: createSqliteAppDb(path.join(directory, 'app.sqlite')),
    storage: createFsCrashStorage(path.join(directory, 'crashes')),
    searchIndex: createSqliteSearchIndex({
      file: path.join(directory, 'search.sqlite'),
      retentionWeeks: 26,
    }),
    queue: createSqliteCrashQueue({ file: path.join(directory, 'queue.sqlite'), clock }),
    clock,
    config: { ...loadConfig({}).cron, crashStorageRetentionDays: 1 },
    fetch,
    sleep: async () => {},
    logger: createSilentLogger(),
  };
  try {
    await deps.appDb.migrate();
    console.log(`storing ${crashes} crashes of one day (files, fsync'd as the collector does)…`);
    const batch: ProcessedCrash[] = [];
    for (let index = 0; index < crashes; index++) {
      const uuid = createCrashId(new Date(day + 43_200_000));
      const dateMs = day + Math.floor((index / crashes) * 86_400_000);
      await deps.storage.saveRawCrash(
        uuid,
        { uuid, ProductName: 'Firefox' },
        new Map([['upload_file_minidump', new Uint8Array(1024)]]),
      );
      const processed = processedCrash(uuid, dateMs, index);
      if (index % 100 !== 1) await deps.storage.saveProcessedCrash(uuid, processed);
      if (index % 100 !== 2) batch.push(processed);
    }
    console.log(`indexing ${indexed} crashes…`);
    for (let index = crashes; index < indexed; index++) {
      const dateMs = day + Math.floor((index / indexed) * 86_400_000);
      batch.push(processedCrash(createCrashId(new Date(dateMs)), dateMs, index));
    }
    for (let start = 0; start < batch.length; start += 2000) {
      await deps.searchIndex.indexCrashes(batch.slice(start, start + 2000));
    }
    await deps.searchIndex.refresh();

    await time(deps, 'verifyprocessed', crashes, clock.now());
    await time(
      deps,
      'updatesignatures',
      Math.max(indexed, crashes),
      new Date(day + 86_400_000),
      new Date(day + 600_000),
    );
    await time(deps, 'crashstorageretention', crashes, new Date(day + 2 * 86_400_000));
  } finally {
    await Promise.all([
      deps.appDb.close(),
      deps.storage.close(),
      deps.searchIndex.close(),
      deps.queue.close(),
    ]);
    await rm(directory, { recursive: true, force: true });
  }
}
