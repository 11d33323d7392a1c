/**
 * Saving an accepted crash, then publishing its id (research/antenna-collector.md §6.4):
 * each step is retried as the reference retries it (CRASHMOVER_MAX_ATTEMPTS tries, a fixed
 * sleep between them, every object rewritten on each try). Past the reference: a crash that
 * cannot be saved is answered 503 with Retry-After, so the reporter keeps it and sends it
 * again, and an id that cannot be published goes to the outbox instead of being dropped.
 */
import type { CrashStorage, Logger, RawCrash } from '@cairn/core';
import type { CollectorMetrics } from './collector-metrics.js';
import type { CrashOutbox } from './outbox.js';
import type { PublishBatcher } from './publish-batcher.js';
import { evenWaits, MaxAttemptsError, retry, type Sleep } from './retry.js';

/** How saving is retried. */
export interface SavePolicy {
  /** Tries for the save, and separately for the publish. @defaultValue 5 */
  readonly attempts: number;
  /** Wait between tries. @defaultValue 2000 ms */
  readonly retrySleepMs: number;
  readonly sleep: Sleep;
}

/** What saving needs. */
export interface SaveDependencies {
  readonly storage: CrashStorage;
  /** Publishes to the standard queue, batching ids that arrive together. */
  readonly publisher: PublishBatcher;
  readonly outbox: CrashOutbox;
  readonly logger: Logger;
  readonly metrics: CollectorMetrics;
  readonly policy: SavePolicy;
}

/** `saved`: stored (and published or in the outbox). `unavailable`: storage kept failing. */
export type SaveOutcome = 'saved' | 'unavailable';

/** Saves a crash and publishes its id; failures of storage or queue are answers, not throws. */
export async function saveCrash(
  dependencies: SaveDependencies,
  crashId: string,
  rawCrash: RawCrash,
  dumps: ReadonlyMap<string, Uint8Array>,
): Promise<SaveOutcome> {
  const { storage, publisher, logger, metrics, policy } = dependencies;
  const waitsMs = evenWaits(policy.attempts, policy.retrySleepMs);
  const log = logger.child({ crash_id: crashId });

  const saveTimer = metrics.crashSaveSeconds.startTimer();
  try {
    await retry(() => storage.saveRawCrash(crashId, rawCrash, dumps), {
      waitsMs,
      sleep: policy.sleep,
      onFailure: (attempt, error) => {
        metrics.retries.inc({ step: 'save' });
        log.warn(
          { err: error },
          `CrashMover.crashmover_save: exception ${describe(error)}, retry attempt ${attempt}`,
        );
      },
    });
  } catch (error) {
    if (!(error instanceof MaxAttemptsError)) throw error;
    metrics.saveDropped.inc();
    log.error(`${crashId}: too many errors trying to save; dropped`);
    return 'unavailable';
  } finally {
    saveTimer();
  }
  log.info(`${crashId} saved`);

  const publishTimer = metrics.crashPublishSeconds.startTimer();
  try {
    await retry(() => publisher.publish(crashId), {
      waitsMs,
      sleep: policy.sleep,
      onFailure: (attempt, error) => {
        metrics.retries.inc({ step: 'publish' });
        log.warn(
          { err: error },
          `CrashMover.crashmover_publish: exception ${describe(error)}, retry attempt ${attempt}`,
        );
      },
    });
    metrics.saved.inc();
    log.info(`${crashId} published`);
  } catch (error) {
    if (!(error instanceof MaxAttemptsError)) throw error;
    await recordInOutbox(dependencies, crashId);
  } finally {
    publishTimer();
  }
  return 'saved';
}

async function recordInOutbox(dependencies: SaveDependencies, crashId: string): Promise<void> {
  const { outbox, logger, metrics } = dependencies;
  const log = logger.child({ crash_id: crashId });
  try {
    await outbox.record(crashId);
    metrics.outboxed.inc();
    log.warn(`${crashId}: too many errors trying to publish; kept in the outbox for republishing`);
  } catch (error) {
    // Saved but neither published nor recorded: only a scan of storage will find it now.
    metrics.publishDropped.inc();
    log.error({ err: error }, `${crashId}: too many errors trying to publish; dropped`);
  }
}

/** Python's str() of an exception is its message; ours is too. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
