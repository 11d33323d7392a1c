/** Asking the processor to (re)process crashes: reprocessing and priority processing. */
import { CairnError, formatWorkItem, hasErrorCode, type WorkItem } from '@cairn/core';
import type { Caller } from '../auth/caller.js';
import { PERMISSIONS } from '../auth/permissions.js';
import { requireCrashId } from './crash-service.js';
import type { ServiceDependencies } from './api-services.js';

/** Rule sets a reprocessing request may name (the reference's). */
export const REPROCESSING_RULESETS = ['default', 'regenerate_signature'] as const;

/**
 * Reads `crash_id` or `crash_id:ruleset` items; throws BAD_REQUEST naming the first bad one.
 */
export function parseReprocessingItems(items: readonly string[]): WorkItem[] {
  if (items.length === 0) throw new CairnError('BAD_REQUEST', 'No crash ids to reprocess');
  return items.map((item) => {
    const [reference = '', ruleset, ...rest] = item.trim().split(':');
    if (rest.length > 0)
      throw new CairnError('BAD_REQUEST', `Bad crash id: ${JSON.stringify(item)}`);
    const crashId = requireCrashId(reference);
    if (ruleset === undefined) return { crashId };
    if (!(REPROCESSING_RULESETS as readonly string[]).includes(ruleset)) {
      throw new CairnError(
        'BAD_REQUEST',
        `Unknown ruleset ${JSON.stringify(ruleset)}; use ${REPROCESSING_RULESETS.join(' or ')}`,
      );
    }
    return { crashId, ruleset };
  });
}

/** Queues crashes for reprocessing; needs `reprocess_crashes`. */
export async function reprocessCrashes(
  deps: ServiceDependencies,
  caller: Caller,
  items: readonly WorkItem[],
): Promise<void> {
  if (!caller.permissions.has('reprocess_crashes')) {
    throw new CairnError(
      'AUTH_FORBIDDEN',
      `This requires the '${PERMISSIONS.reprocess_crashes}' permission`,
    );
  }
  await deps.queue.publish('reprocessing', items.map(formatWorkItem));
}

/** What a priority-processing request did. */
export type PriorityOutcome = 'queued' | 'already_processed';

/**
 * Remembers when each crash was last queued with priority, so a page left open (or a script)
 * cannot flood the priority queue: the reference allows one request per crash per minute.
 */
export class PriorityRequestLimiter {
  private readonly lastQueuedMs = new Map<string, number>();

  constructor(readonly intervalMs: number) {}

  /** Records a request at `nowMs`; false when the crash was queued less than an interval ago. */
  tryAcquire(crashId: string, nowMs: number): boolean {
    const last = this.lastQueuedMs.get(crashId);
    if (last !== undefined && nowMs - last < this.intervalMs) return false;
    this.lastQueuedMs.set(crashId, nowMs);
    if (this.lastQueuedMs.size > 100_000) this.forgetBefore(nowMs - this.intervalMs);
    return true;
  }

  /** Seconds until the crash may be requested again (0 when it may now). */
  secondsUntilAllowed(crashId: string, nowMs: number): number {
    const last = this.lastQueuedMs.get(crashId);
    return last === undefined ? 0 : Math.max(0, Math.ceil((last + this.intervalMs - nowMs) / 1000));
  }

  private forgetBefore(cutoffMs: number): void {
    for (const [crashId, at] of this.lastQueuedMs)
      if (at < cutoffMs) this.lastQueuedMs.delete(crashId);
  }
}

/**
 * Queues a collected but not yet processed crash on the priority queue. Anyone may ask (the
 * reference's crash page does it for every visitor); throws CRASH_NOT_FOUND when the crash
 * was never collected and API_RATE_LIMITED when it was asked for too recently.
 */
export async function requestPriorityProcessing(
  deps: ServiceDependencies,
  limiter: PriorityRequestLimiter,
  crashId: string,
): Promise<PriorityOutcome> {
  try {
    await deps.storage.loadProcessedCrash(crashId);
    return 'already_processed';
  } catch (error) {
    if (!hasErrorCode(error, 'CRASH_NOT_FOUND')) throw error;
  }
  await deps.storage.loadRawCrash(crashId);
  const nowMs = deps.clock.now().getTime();
  if (!limiter.tryAcquire(crashId, nowMs)) {
    throw new CairnError(
      'API_RATE_LIMITED',
      `Priority processing of ${crashId} was requested less than ${Math.round(limiter.intervalMs / 1000)} seconds ago; retry in ${limiter.secondsUntilAllowed(crashId, nowMs)} s`,
    );
  }
  await deps.queue.publish('priority', [crashId]);
  return 'queued';
}
