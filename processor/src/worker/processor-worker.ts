/**
 * The processor's work loop: takes messages (the queue gives priority, then standard, then
 * reprocessing), processes several crashes at once so storage and index I/O overlaps the
 * stack-walking threads, and acknowledges a message only after every destination has the
 * crash. A message that is not acknowledged comes back after the visibility timeout, so a
 * killed processor loses nothing. A crash that keeps failing becomes a dead letter after
 * CAIRN_PROCESSOR_MAX_ATTEMPTS deliveries instead of coming back forever.
 */
import os from 'node:os';
import {
  formatWorkItem,
  parseWorkItem,
  type AppDb,
  type Clock,
  type CrashQueue,
  type CrashStorage,
  type Logger,
  type QueueMessage,
  type SearchIndex,
  type TelemetryStorage,
  type WorkItem,
} from '@cairn/core';
import type { Registry } from 'prom-client';
import type { RuleServices } from '../pipeline/processor-rule.js';
import { resolveRuleSet } from '../rulesets.js';
import { formatPythonIsoUtc } from '../values/python-dates.js';
import { createIndexBatcher } from './index-batcher.js';
import { createDeadLetterStore, type DeadLetterReason } from './dead-letters.js';
import { createOutageGuard, StoppedDuringOutageError, type OutageGuard } from './outage-guard.js';
import { processCrash, type CrashProcessingContext } from './process-crash.js';
import { createProcessorMetrics, type ProcessorMetrics } from './processor-metrics.js';

/**
 * How long a processed crash waits for others to be indexed with it, and how many share one
 * index write at most (docs/decisions.md): fewer than the crashes in flight, so the others keep
 * the stack-walking threads busy meanwhile.
 */
const INDEX_LINGER_MS = 15;
const INDEX_MAX_BATCH = 8;

/** What the worker needs. */
export interface ProcessorDependencies {
  readonly storage: CrashStorage;
  readonly queue: CrashQueue;
  readonly searchIndex: SearchIndex;
  /** The Telemetry export; none when it is off. */
  readonly telemetry?: TelemetryStorage;
  /** The application database (migrated): dead letters live there. */
  readonly appDb: AppDb;
  /** Stack walker, signature lists and version lookup. */
  readonly services: RuleServices;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Registry;
  readonly settings: ProcessorSettings;
}

/** The worker's settings. */
export interface ProcessorSettings {
  /** The main rule set (CAIRN_PROCESSOR_RULESET). */
  readonly ruleset: 'default' | 'mozilla';
  /** Stack-walking time limit per crash (CAIRN_PROCESSOR_CRASH_TIMEOUT_MS). */
  readonly crashTimeoutMs: number;
  /** Deliveries before a dead letter (CAIRN_PROCESSOR_MAX_ATTEMPTS). */
  readonly maxAttempts: number;
  /** Crashes processed at once. @defaultValue 4 */
  readonly concurrency?: number;
  /** How long one receive waits for work. @defaultValue 1000 ms */
  readonly pollWaitMs?: number;
  /** Pause before a failed crash is offered again, doubled per delivery. @defaultValue 1000 ms */
  readonly retryDelayMs?: number;
  /** Named in each crash's first note. @defaultValue os.hostname() */
  readonly hostname?: string;
  /** Pauses of the outage guard (tests shorten them). */
  readonly outagePauseMs?: { readonly first: number; readonly max: number };
  /** How long a dependency call may go unanswered before it counts as failed. @defaultValue 60 s */
  readonly dependencyCallTimeoutMs?: number;
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
  const { queue, logger, settings } = dependencies;
  const metrics = createProcessorMetrics(dependencies.metrics);
  const guard = createOutageGuard({
    healthChecks: {
      storage: () => dependencies.storage.checkHealth(),
      queue: () => queue.checkHealth(),
      search: () => dependencies.searchIndex.checkHealth(),
      database: () => dependencies.appDb.checkHealth(),
      ...(dependencies.telemetry && { telemetry: () => dependencies.telemetry!.checkHealth() }),
    },
    logger,
    metrics,
    ...(settings.outagePauseMs && {
      firstPauseMs: settings.outagePauseMs.first,
      maxPauseMs: settings.outagePauseMs.max,
    }),
    ...(settings.dependencyCallTimeoutMs !== undefined && {
      callTimeoutMs: settings.dependencyCallTimeoutMs,
    }),
  });
  const mainRuleSet = resolveRuleSet(undefined, settings.ruleset)!;
  const concurrency = Math.max(1, settings.concurrency ?? 4);
  const context: CrashProcessingContext = {
    storage: dependencies.storage,
    indexCrash: createIndexBatcher(dependencies.searchIndex, {
      lingerMs: INDEX_LINGER_MS,
      maxBatch: Math.max(1, Math.min(INDEX_MAX_BATCH, concurrency - 2)),
    }),
    ...(dependencies.telemetry && { telemetry: dependencies.telemetry }),
    services: dependencies.services,
    guard,
    metrics,
    clock: dependencies.clock,
    hostname: settings.hostname ?? os.hostname(),
    crashTimeoutMs: settings.crashTimeoutMs,
    mainRuleSet,
  };
  const handler = createMessageHandler(dependencies, context, guard, metrics);
  const receiveBatch = Math.max(1, Math.floor(concurrency / 4));
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const done = (async () => {
    while (!stopping) {
      if (guard.isAnyDown()) {
        await guard.whenAllUp();
        continue;
      }
      // Top up in batches: each receive is a queue transaction (or an SQS request), so taking
      // one crash whenever one finishes would pay that per crash.
      if (
        inFlight.size >= concurrency ||
        (inFlight.size > 0 && concurrency - inFlight.size < receiveBatch)
      ) {
        await Promise.race(inFlight);
        continue;
      }
      let messages: QueueMessage[];
      try {
        messages = await queue.receive({
          maxMessages: concurrency - inFlight.size,
          waitMs: settings.pollWaitMs ?? 1000,
        });
      } catch (error) {
        // The guard waits out an outage of the queue; any other failure is retried after a pause.
        await guard
          .call('queue', () => Promise.reject(error))
          .catch(async (failure: unknown) => {
            if (failure instanceof StoppedDuringOutageError) return;
            logger.error({ err: failure }, 'receiving from the queue failed; retrying');
            await new Promise((resolve) => setTimeout(resolve, 1000));
          });
        continue;
      }
      for (const message of messages) {
        if (stopping) {
          await queue.release(message).catch(() => undefined);
          continue;
        }
        const task = handler.handle(message).finally(() => {
          inFlight.delete(task);
          metrics.inFlight.set(inFlight.size);
        });
        inFlight.add(task);
        metrics.inFlight.set(inFlight.size);
      }
    }
    await Promise.all(inFlight);
    await handler.releaseDelayed();
  })();

  return {
    done,
    async stop() {
      stopping = true;
      guard.stop();
      await done;
    },
  };
}

/** Handles one message at a time; keeps the messages waiting to be offered again. */
function createMessageHandler(
  dependencies: ProcessorDependencies,
  context: CrashProcessingContext,
  guard: OutageGuard,
  metrics: ProcessorMetrics,
) {
  const { queue, logger, settings, clock } = dependencies;
  const deadLetters = createDeadLetterStore(dependencies.appDb);
  const delayed = new Map<QueueMessage, NodeJS.Timeout>();

  const ack = (message: QueueMessage) => guard.call('queue', () => queue.ack(message));

  async function recordDeadLetter(
    message: QueueMessage,
    item: WorkItem,
    reason: DeadLetterReason,
    error: string,
    log: Logger,
  ): Promise<void> {
    await guard.call('database', () =>
      deadLetters.record({
        work_item: formatWorkItem(item),
        crash_id: item.crashId,
        ruleset: item.ruleset ?? null,
        queue: message.queue,
        reason,
        error,
        receive_count: message.receiveCount,
        failed_at: formatPythonIsoUtc(clock.now()),
      }),
    );
    await ack(message);
    metrics.deadLetters.inc({ reason });
    metrics.crashes.inc({ outcome: 'dead_letter' });
    log.error(
      { reason, receive_count: message.receiveCount, queue: message.queue },
      'crash recorded as a dead letter',
    );
  }

  /** Offers the message again after a pause that doubles with each delivery. */
  function releaseLater(message: QueueMessage): void {
    const delayMs = Math.min(
      (settings.retryDelayMs ?? 1000) * 2 ** (message.receiveCount - 1),
      60_000,
    );
    const timer = setTimeout(() => {
      delayed.delete(message);
      void queue.release(message).catch(() => undefined);
    }, delayMs);
    timer.unref();
    delayed.set(message, timer);
  }

  async function handle(message: QueueMessage): Promise<void> {
    const item = parseWorkItem(message.body);
    if (!item) {
      logger.warn(
        { body: message.body.slice(0, 100), queue: message.queue },
        'dropping a message that is not a crash id',
      );
      metrics.crashes.inc({ outcome: 'dropped' });
      await ack(message).catch(() => undefined);
      return;
    }
    const log = logger.child({ crash_id: item.crashId });
    try {
      const ruleSet = resolveRuleSet(item.ruleset, settings.ruleset);
      if (!ruleSet) {
        await recordDeadLetter(
          message,
          item,
          'unknown_ruleset',
          `no rule set ${item.ruleset}`,
          log,
        );
        return;
      }
      if (message.receiveCount > settings.maxAttempts) {
        const error = `delivered ${message.receiveCount} times without being finished`;
        await recordDeadLetter(message, item, 'attempts_exhausted', error, log);
        return;
      }
      const started = performance.now();
      let result;
      try {
        result = await processCrash(context, item.crashId, ruleSet, log);
      } catch (error) {
        if (error instanceof StoppedDuringOutageError) throw error;
        metrics.crashes.inc({ outcome: 'failed' });
        const description =
          error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (message.receiveCount >= settings.maxAttempts) {
          await recordDeadLetter(
            message,
            item,
            'processing_failed',
            description.slice(0, 2000),
            log,
          );
        } else {
          log.warn(
            { err: error, receive_count: message.receiveCount },
            'processing failed; the crash will be offered again',
          );
          releaseLater(message);
        }
        return;
      }
      await ack(message);
      if (result.kind === 'raw_crash_missing') {
        metrics.crashes.inc({ outcome: 'not_found' });
        log.warn('raw crash not found; dropping the message');
        return;
      }
      const seconds = (performance.now() - started) / 1000;
      metrics.crashSeconds.observe({ ruleset: result.ruleset }, seconds);
      metrics.crashes.inc({ outcome: 'processed' });
      log.info(
        { queue: message.queue, ruleset: result.ruleset, signature: result.signature, seconds },
        'crash processed',
      );
    } catch (error) {
      if (error instanceof StoppedDuringOutageError) {
        log.warn(
          { dependency: error.dependency },
          'stopping during an outage; the crash will come back',
        );
        await queue.release(message).catch(() => undefined);
        return;
      }
      // Recording a dead letter or acknowledging failed with the dependency up: try again later.
      log.error({ err: error }, 'handling the message failed; the crash will be offered again');
      releaseLater(message);
    }
  }

  return {
    handle,
    /** Offers every message waiting for its retry pause now (on stop). */
    async releaseDelayed(): Promise<void> {
      const waiting = [...delayed];
      delayed.clear();
      for (const [message, timer] of waiting) {
        clearTimeout(timer);
        await queue.release(message).catch(() => undefined);
      }
    },
  };
}
