/** First appearance of signatures (the reference's `Signature` table). */
import type { AppDb } from '@cairn/core';

/** When and in which build a signature was first seen. */
export interface SignatureFirstSeen {
  readonly signature: string;
  readonly firstDate: string;
  readonly firstBuild: string | null;
}

/** The first-seen records of the given signatures that are known, in the order asked. */
export async function findSignaturesFirstSeen(
  appDb: AppDb,
  signatures: readonly string[],
): Promise<SignatureFirstSeen[]> {
  if (signatures.length === 0) return [];
  const rows = await appDb.db
    .selectFrom('signatures')
    .selectAll()
    .where('signature', 'in', [...new Set(signatures)])
    .execute();
  const bySignature = new Map(rows.map((row) => [row.signature, row]));
  return [...new Set(signatures)].flatMap((signature) => {
    const row = bySignature.get(signature);
    return row ? [{ signature, firstDate: row.first_date, firstBuild: row.first_build }] : [];
  });
}

/**
 * Records a sighting: keeps the earliest date (and that crash's build) per signature, so
 * replaying old crashes can move the first date back but never forward.
 */
export async function recordSignatureSeen(
  appDb: AppDb,
  sighting: { signature: string; date: string; buildId: string | null },
): Promise<void> {
  const existing = await appDb.db
    .selectFrom('signatures')
    .selectAll()
    .where('signature', '=', sighting.signature)
    .executeTakeFirst();
  if (!existing) {
    await appDb.db
      .insertInto('signatures')
      .values({
        signature: sighting.signature,
        first_date: sighting.date,
        first_build: sighting.buildId,
      })
      .onConflict((conflict) => conflict.column('signature').doNothing())
      .execute();
    return;
  }
  if (sighting.date < existing.first_date) {
    await appDb.db
      .updateTable('signatures')
      .set({ first_date: sighting.date, first_build: sighting.buildId })
      .where('signature', '=', sighting.signature)
      .execute();
  }
}
