/**
 * The processor's work loop: take messages (priority > standard > reprocessing), process each
 * crash, save it everywhere, and ack only after every destination succeeded. A message that
 * is not acked comes back after the visibility timeout, so a killed processor loses nothing.
 */
import { Counter, type Registry } from 'prom-client';
import {
  hasErrorCode,
  parseWorkItem,
  type Clock,
  type CrashQueue,
  type CrashStorage,
  type Logger,
  type QueueMessage,
  type SearchIndex,
} from '@cairn/core';
import { processCrash } from './process-crash.js';

/** What the worker needs. */
export interface ProcessorDependencies {
  readonly storage: CrashStorage;
  readonly queue: CrashQueue;
  readonly searchIndex: SearchIndex;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Registry;
  /** Messages taken per receive. @defaultValue 5 */
  readonly batchSize?: number;
  /** How long one receive waits for work. @defaultValue 1000 ms */
  readonly pollWaitMs?: number;
}

/** A running processor. */
export interface ProcessorWorker {
  /** Resolves when the loop has stopped. */
  readonly done: Promise<void>;
  /** Stops taking work, finishes what is in flight, then resolves. */
  stop(): Promise<void>;
}

/** Starts the work loop. */
export function startProcessorWorker(dependencies: ProcessorDependencies): ProcessorWorker {
  const { storage, queue, searchIndex, clock, logger } = dependencies;
  const processed = new Counter({
    name: 'cairn_processor_crashes_total',
    help: 'Crashes taken from the queues, by outcome',
    labelNames: ['outcome'],
    registers: [dependencies.metrics],
  });
  let stopping = false;

  async function handle(message: QueueMessage): Promise<void> {
    const item = parseWorkItem(message.body);
    if (!item) {
      logger.warn(
        { body: message.body.slice(0, 100), queue: message.queue },
        'dropping a message that is not a crash id',
      );
      await queue.ack(message);
      return;
    }
    const log = logger.child({ crash_id: item.crashId });
    try {
      const rawCrash = await storage.loadRawCrash(item.crashId);
      const processedCrash = processCrash(item.crashId, rawCrash, clock);
      await storage.saveProcessedCrash(item.crashId, processedCrash);
      await searchIndex.indexCrash(processedCrash);
      await queue.ack(message);
      processed.inc({ outcome: 'processed' });
      log.info({ queue: message.queue }, 'crash processed');
    } catch (error) {
      if (hasErrorCode(error, 'CRASH_NOT_FOUND')) {
        processed.inc({ outcome: 'not_found' });
        log.warn('raw crash not found; dropping the message');
        await queue.ack(message);
        return;
      }
      processed.inc({ outcome: 'failed' });
      log.error({ err: error }, 'processing failed; the message will be delivered again');
      await queue.release(message).catch(() => undefined);
    }
  }

  const done = (async () => {
    while (!stopping) {
      let messages: QueueMessage[];
      try {
        messages = await queue.receive({
          maxMessages: dependencies.batchSize ?? 5,
          waitMs: dependencies.pollWaitMs ?? 1000,
        });
      } catch (error) {
        logger.error({ err: error }, 'receiving from the queue failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 1000));
        continue;
      }
      for (const message of messages) {
        if (stopping) {
          await queue.release(message).catch(() => undefined);
          continue;
        }
        await handle(message);
      }
    }
  })();

  return {
    done,
    async stop() {
      stopping = true;
      await done;
    },
  };
}
