/**
 * Makes the stored links of one bug match the signatures its crash signature field names now:
 * links no longer named are deleted (all of them when it names none), new ones are added.
 */
import type { AppDb } from '@cairn/core';

/** How many links one synchronisation added and removed. */
export interface BugSyncCounts {
  readonly added: number;
  readonly removed: number;
}

/** Replaces the bug's links with exactly `signatures`, in one transaction. */
export async function syncBugSignatures(
  appDb: AppDb,
  bugId: number,
  signatures: ReadonlySet<string>,
): Promise<BugSyncCounts> {
  return appDb.db.transaction().execute(async (transaction) => {
    const stored = await transaction
      .selectFrom('bug_associations')
      .select('signature')
      .where('bug_id', '=', bugId)
      .execute();
    const storedSignatures = new Set(stored.map((row) => row.signature));
    const gone = [...storedSignatures].filter((signature) => !signatures.has(signature));
    const added = [...signatures].filter((signature) => !storedSignatures.has(signature));
    if (gone.length > 0) {
      await transaction
        .deleteFrom('bug_associations')
        .where('bug_id', '=', bugId)
        .where('signature', 'in', gone)
        .execute();
    }
    if (added.length > 0) {
      await transaction
        .insertInto('bug_associations')
        .values(added.map((signature) => ({ bug_id: bugId, signature })))
        .execute();
    }
    return { added: added.length, removed: gone.length };
  });
}
