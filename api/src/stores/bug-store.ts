/** Bug ↔ signature links (the reference's `BugAssociation`). */
import type { AppDb } from '@cairn/core';

/** One link between a bug and a signature. */
export interface BugAssociation {
  readonly id: number;
  readonly signature: string;
}

/** Links a bug to signatures (existing links stay). */
export async function associateBug(
  appDb: AppDb,
  bugId: number,
  signatures: readonly string[],
): Promise<void> {
  const unique = [...new Set(signatures)];
  if (unique.length === 0) return;
  await appDb.db
    .insertInto('bug_associations')
    .values(unique.map((signature) => ({ bug_id: bugId, signature })))
    .onConflict((conflict) => conflict.columns(['bug_id', 'signature']).doNothing())
    .execute();
}

/** Removes links of a bug (all of them when `signatures` is omitted). */
export async function dissociateBug(
  appDb: AppDb,
  bugId: number,
  signatures?: readonly string[],
): Promise<void> {
  let query = appDb.db.deleteFrom('bug_associations').where('bug_id', '=', bugId);
  if (signatures) {
    if (signatures.length === 0) return;
    query = query.where('signature', 'in', [...signatures]);
  }
  await query.execute();
}

/**
 * Every link of the bugs linked to any of `signatures`, so a bug's other signatures come
 * along (the reference's `Bugs` answer), by bug id then signature.
 */
export async function findBugsForSignatures(
  appDb: AppDb,
  signatures: readonly string[],
): Promise<BugAssociation[]> {
  if (signatures.length === 0) return [];
  const rows = await appDb.db
    .selectFrom('bug_associations')
    .select(['bug_id', 'signature'])
    .where(
      'bug_id',
      'in',
      appDb.db
        .selectFrom('bug_associations')
        .select('bug_id')
        .where('signature', 'in', [...new Set(signatures)]),
    )
    .orderBy('bug_id')
    .orderBy('signature')
    .execute();
  return rows.map((row) => ({ id: Number(row.bug_id), signature: row.signature }));
}

/** Every link of the given bugs, by bug id then signature. */
export async function findSignaturesForBugs(
  appDb: AppDb,
  bugIds: readonly number[],
): Promise<BugAssociation[]> {
  if (bugIds.length === 0) return [];
  const rows = await appDb.db
    .selectFrom('bug_associations')
    .select(['bug_id', 'signature'])
    .where('bug_id', 'in', [...new Set(bugIds)])
    .orderBy('bug_id')
    .orderBy('signature')
    .execute();
  return rows.map((row) => ({ id: Number(row.bug_id), signature: row.signature }));
}
