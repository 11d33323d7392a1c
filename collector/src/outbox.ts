/**
 * The outbox: crash ids that are saved but could not be published to the standard queue.
 * The reference drops them and relies on a next-day scan of storage; Cairn writes each one to
 * a file under the data directory before answering, and republishes in the background until
 * the queue takes it, so a queue outage delays processing but loses nothing. A file per id,
 * written with fsync and removed only after a successful publish, survives a crash of the
 * collector. An id published twice is only processed twice, which rewrites the same processed
 * crash (docs/decisions.md, "Collector outbox").
 */
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { hasCrashIdShape, type CrashQueue, type Logger } from '@cairn/core';

/** The outbox of one collector. */
export interface CrashOutbox {
  /** Durably records a crash id to publish later. */
  record(crashId: string): Promise<void>;
  /** Publishes every recorded id the queue takes now; resolves to how many were published. */
  republish(): Promise<number>;
  /** How many ids wait, as of the last record or republish. */
  pendingCount(): number;
  /** Republishes every `intervalMs` in the background until stop(). */
  start(intervalMs: number): void;
  /** Stops the background republishing and waits for a running round. */
  stop(): Promise<void>;
}

/** Ids published per queue call; SQS takes at most 10 per batch. */
const BATCH_SIZE = 10;

/** Opens the outbox kept in `directory` (created when missing). */
export function createCrashOutbox(options: {
  readonly directory: string;
  readonly queue: CrashQueue;
  readonly logger: Logger;
}): CrashOutbox {
  const { directory, queue, logger } = options;
  let pending = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function listIds(): Promise<string[]> {
    try {
      return (await readdir(directory)).filter(hasCrashIdShape);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async function republishAll(): Promise<number> {
    const ids = await listIds();
    pending = ids.length;
    let published = 0;
    for (let start = 0; start < ids.length; start += BATCH_SIZE) {
      const batch = ids.slice(start, start + BATCH_SIZE);
      try {
        await queue.publish('standard', batch);
      } catch (error) {
        logger.warn(
          { err: error, waiting: ids.length - published },
          'outbox: the queue still refuses crash ids; will try again',
        );
        break;
      }
      await Promise.all(batch.map((id) => rm(path.join(directory, id), { force: true })));
      published += batch.length;
      pending -= batch.length;
      for (const crashId of batch) logger.info({ crash_id: crashId }, `${crashId} published`);
    }
    return published;
  }

  function republish(): Promise<number> {
    running ??= republishAll().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    async record(crashId) {
      if (!hasCrashIdShape(crashId)) throw new Error(`not a crash id: ${crashId}`);
      await mkdir(directory, { recursive: true });
      const handle = await open(path.join(directory, crashId), 'w');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      // The new name must reach the disk too, or a power cut could forget the file.
      const folder = await open(directory, 'r');
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
      pending += 1;
    },
    republish,
    pendingCount: () => pending,
    start(intervalMs) {
      timer ??= setInterval(() => {
        republish().catch((error: unknown) =>
          logger.error({ err: error }, 'outbox: republishing failed'),
        );
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
