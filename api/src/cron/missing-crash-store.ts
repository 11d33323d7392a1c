/** Crashes found unprocessed (`missing_processed_crashes`, the reference's MissingProcessedCrash). */
import type { AppDb } from '@cairn/core';

const WRITE_CHUNK = 500;

/** Records crashes as missing; a crash recorded before and since processed is open again. */
export async function recordMissingCrashes(
  appDb: AppDb,
  crashIds: readonly string[],
  now: Date,
): Promise<void> {
  for (let start = 0; start < crashIds.length; start += WRITE_CHUNK) {
    await appDb.db
      .insertInto('missing_processed_crashes')
      .values(
        crashIds
          .slice(start, start + WRITE_CHUNK)
          .map((crash_id) => ({ crash_id, is_processed: 0, created_at: now.toISOString() })),
      )
      .onConflict((conflict) => conflict.column('crash_id').doUpdateSet({ is_processed: 0 }))
      .execute();
  }
}

/** The crashes recorded as missing and not found processed since, oldest first. */
export async function listOpenMissingCrashes(appDb: AppDb): Promise<string[]> {
  const rows = await appDb.db
    .selectFrom('missing_processed_crashes')
    .select('crash_id')
    .where('is_processed', '=', 0)
    .orderBy('created_at')
    .orderBy('crash_id')
    .execute();
  return rows.map((row) => row.crash_id);
}

/** Marks crashes as processed after all; returns how many rows changed. */
export async function markCrashesProcessed(
  appDb: AppDb,
  crashIds: readonly string[],
): Promise<number> {
  let changed = 0;
  for (let start = 0; start < crashIds.length; start += WRITE_CHUNK) {
    const result = await appDb.db
      .updateTable('missing_processed_crashes')
      .set({ is_processed: 1 })
      .where('crash_id', 'in', crashIds.slice(start, start + WRITE_CHUNK))
      .where('is_processed', '=', 0)
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  return changed;
}
