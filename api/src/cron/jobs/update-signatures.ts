/**
 * `updatesignatures`: the first date and first build of every signature (the reference's
 * Signature table, behind SignatureFirstDate and Top Crashers' "first appearance"). Each run
 * searches the crashes processed in `[last success − 10 min, run time)` (90 minutes before the
 * run time on the first run), minutes truncated, keeps per signature the earliest date and the
 * lowest build id among crashes that have one, and moves the stored values earlier, never
 * later. A backfill job: missed hours are caught up in order. Reads the search index; writes
 * `signatures`.
 */
import type { AppDb } from '@cairn/core';
import type { CronJob } from '../cron-job.js';
import { forEachCrashInWindow } from '../search-window.js';

const OVERLAP_MS = 10 * 60_000;
const FIRST_WINDOW_MS = 90 * 60_000;
const WRITE_CHUNK = 500;

/** The earliest sighting of one signature in a window. */
interface Sighting {
  date: string;
  build: bigint;
}

/** The signature first-seen job. */
export const updateSignaturesJob: CronJob = {
  name: 'updatesignatures',
  description:
    'Records the first date and first build of each signature from the crashes processed since the last success.',
  frequency: '1h',
  backfill: true,
  async run(deps, { runTime, lastSuccess }) {
    const endMs = truncateToMinute(runTime.getTime());
    const startMs = truncateToMinute(
      lastSuccess ? lastSuccess.getTime() - OVERLAP_MS : runTime.getTime() - FIRST_WINDOW_MS,
    );
    if (endMs <= startMs) {
      throw new RangeError(
        `The window must end after it starts (run time ${runTime.toISOString()})`,
      );
    }
    const sightings = new Map<string, Sighting>();
    let crashes = 0;
    await forEachCrashInWindow(
      deps,
      { fromMs: startMs, toMs: endMs, columns: ['signature', 'build_id', 'date'] },
      (hit) => {
        crashes++;
        const build = readBuildId(hit.build_id);
        if (typeof hit.signature !== 'string' || build === undefined || build === 0n) return;
        const date = new Date(String(hit.date)).toISOString();
        const known = sightings.get(hit.signature);
        if (!known) sightings.set(hit.signature, { date, build });
        else {
          if (date < known.date) known.date = date;
          if (build < known.build) known.build = build;
        }
      },
    );
    const changed = await saveSightings(deps.appDb, sightings);
    const window = `${new Date(startMs).toISOString()} to ${new Date(endMs).toISOString()}`;
    return `${crashes} crashes from ${window}: ${sightings.size} signatures, ${changed} new or seen earlier`;
  },
};

function truncateToMinute(ms: number): number {
  return ms - (((ms % 60_000) + 60_000) % 60_000);
}

/** A build id as a number that keeps all 14+ digits; undefined when there is none. */
function readBuildId(value: unknown): bigint | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^\d{1,30}$/.test(value)) return BigInt(value);
  return undefined;
}

/** Stores new signatures and moves known ones earlier; returns how many rows changed. */
async function saveSightings(
  appDb: AppDb,
  sightings: ReadonlyMap<string, Sighting>,
): Promise<number> {
  let changed = 0;
  const signatures = [...sightings.keys()];
  for (let start = 0; start < signatures.length; start += WRITE_CHUNK) {
    const chunk = signatures.slice(start, start + WRITE_CHUNK);
    changed += await appDb.db.transaction().execute(async (transaction) => {
      const stored = await transaction
        .selectFrom('signatures')
        .selectAll()
        .where('signature', 'in', chunk)
        .execute();
      const bySignature = new Map(stored.map((row) => [row.signature, row]));
      let chunkChanged = 0;
      for (const signature of chunk) {
        const seen = sightings.get(signature)!;
        const row = bySignature.get(signature);
        if (!row) {
          await transaction
            .insertInto('signatures')
            .values({ signature, first_date: seen.date, first_build: String(seen.build) })
            .execute();
          chunkChanged++;
          continue;
        }
        const storedBuild = readBuildId(row.first_build);
        const firstDate =
          Date.parse(seen.date) < Date.parse(row.first_date) ? seen.date : row.first_date;
        const firstBuild =
          storedBuild === undefined || seen.build < storedBuild ? seen.build : storedBuild;
        if (firstDate === row.first_date && firstBuild === storedBuild) continue;
        await transaction
          .updateTable('signatures')
          .set({ first_date: firstDate, first_build: String(firstBuild) })
          .where('signature', '=', signature)
          .execute();
        chunkChanged++;
      }
      return chunkChanged;
    });
  }
  return changed;
}
