/**
 * Dead letters: crashes the processor gave up on, kept in the AppDb's
 * `processor_dead_letters` table (one row per work item) for operators. `cairn processor
 * dead-letters` lists them; `cairn reprocess` queues them again and marks them requeued.
 */
import type { AppDb, ProcessorDeadLetterTable } from '@cairn/core';

/** Why a message became a dead letter. */
export type DeadLetterReason =
  /** It was delivered CAIRN_PROCESSOR_MAX_ATTEMPTS times without being finished. */
  | 'attempts_exhausted'
  /** Its processing failed on the last allowed delivery. */
  | 'processing_failed'
  /** It asked for a rule set that does not exist. */
  | 'unknown_ruleset';

/** One dead letter. */
export type DeadLetter = ProcessorDeadLetterTable;

/** The dead-letter table. */
export interface DeadLetterStore {
  /** Records (or records again) a dead letter; a requeued one becomes pending again. */
  record(deadLetter: Omit<DeadLetter, 'requeued_at'>): Promise<void>;
  /** Dead letters, oldest first; only those not requeued unless `includeRequeued`. */
  list(options?: {
    readonly includeRequeued?: boolean;
    readonly limit?: number;
  }): Promise<DeadLetter[]>;
  /** Marks work items as queued again at `at` (ISO-8601). */
  markRequeued(workItems: readonly string[], at: string): Promise<void>;
}

/** The store on an AppDb (migrated). */
export function createDeadLetterStore(appDb: AppDb): DeadLetterStore {
  const db = appDb.db;
  return {
    async record(deadLetter) {
      const row = { ...deadLetter, requeued_at: null };
      await db
        .insertInto('processor_dead_letters')
        .values(row)
        .onConflict((conflict) => conflict.column('work_item').doUpdateSet(row))
        .execute();
    },
    async list({ includeRequeued = false, limit } = {}) {
      let query = db
        .selectFrom('processor_dead_letters')
        .selectAll()
        .orderBy('failed_at')
        .orderBy('work_item');
      if (!includeRequeued) query = query.where('requeued_at', 'is', null);
      if (limit !== undefined) query = query.limit(limit);
      return query.execute();
    },
    async markRequeued(workItems, at) {
      if (workItems.length === 0) return;
      await db
        .updateTable('processor_dead_letters')
        .set({ requeued_at: at })
        .where('work_item', 'in', [...workItems])
        .execute();
    },
  };
}
