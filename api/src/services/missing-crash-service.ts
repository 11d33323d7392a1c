/** Pages of crashes the daily verification found unprocessed (the reference's `MissingProcessedCrash`). */
import { CairnError } from '@cairn/core';
import type { ServiceDependencies } from './api-services.js';

/** Rows per page (the reference's). */
export const MISSING_CRASHES_PAGE_SIZE = 1000;

/** One page, in the reference's (Django REST framework) shape. */
export interface MissingCrashPage {
  readonly results: readonly { crash_id: string; is_processed: boolean; created: string }[];
  readonly count: number;
  readonly next: string | null;
  readonly previous: string | null;
}

/** Page `page` (1-based), oldest first; NOT_FOUND past the last page, as the reference. */
export async function readMissingCrashPage(
  deps: ServiceDependencies,
  page: number,
): Promise<MissingCrashPage> {
  if (!Number.isInteger(page) || page < 1) throw new CairnError('NOT_FOUND', 'Invalid page.');
  const { count } = await deps.appDb.db
    .selectFrom('missing_processed_crashes')
    .select((builder) => builder.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  const total = Number(count);
  const pages = Math.max(1, Math.ceil(total / MISSING_CRASHES_PAGE_SIZE));
  if (page > pages) throw new CairnError('NOT_FOUND', 'Invalid page.');
  const rows = await deps.appDb.db
    .selectFrom('missing_processed_crashes')
    .selectAll()
    .orderBy('created_at')
    .orderBy('crash_id')
    .limit(MISSING_CRASHES_PAGE_SIZE)
    .offset((page - 1) * MISSING_CRASHES_PAGE_SIZE)
    .execute();
  const link = (target: number) => `/api/MissingProcessedCrash/?page=${target}`;
  return {
    results: rows.map((row) => ({
      crash_id: row.crash_id,
      is_processed: row.is_processed === 1,
      created: row.created_at,
    })),
    count: total,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
  };
}
