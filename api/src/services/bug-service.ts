/** Bugs linked to signatures, and signatures linked to bugs. */
import {
  findBugsForSignatures,
  findSignaturesForBugs,
  type BugAssociation,
} from '../stores/bug-store.js';
import type { ServiceDependencies } from './api-services.js';

/** The reference's `{hits, total}` list shape. */
export interface HitList<T> {
  readonly hits: readonly T[];
  readonly total: number;
}

/** Links of the bugs linked to any of the signatures (their other signatures included). */
export async function bugsForSignatures(
  deps: ServiceDependencies,
  signatures: readonly string[],
): Promise<HitList<BugAssociation>> {
  const hits = await findBugsForSignatures(deps.appDb, signatures);
  return { hits, total: hits.length };
}

/** Links of the given bugs. */
export async function signaturesForBugs(
  deps: ServiceDependencies,
  bugIds: readonly number[],
): Promise<HitList<BugAssociation>> {
  const hits = await findSignaturesForBugs(deps.appDb, bugIds);
  return { hits, total: hits.length };
}
