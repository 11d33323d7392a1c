/**
 * Runs a search case against an index and lines up the parts it checks, so the vitest
 * contract and the conformance script compare the same things.
 */
import { CairnError } from '../../src/errors.js';
import type { FieldPermission } from '../../src/fields/field-definition.js';
import type { SearchIndex } from '../../src/ports/search-index.js';
import { parseCrashStatsQuery } from '../../src/search/crash-stats/parse-crash-stats-query.js';
import { planSearch } from '../../src/search/planner/plan-search.js';
import { OLD_CRASHES, SEARCH_FIXTURE, toProcessedCrash } from '../fixtures/search-crashes.js';
import { CASES_NOW, type SearchCase } from './search-cases.js';

/** What a case expects and what the index answered, restricted to the checked parts. */
export interface CaseOutcome {
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Indexes the fixture crashes and makes them searchable. */
export async function loadSearchFixture(index: SearchIndex): Promise<void> {
  await index.indexCrashes([...SEARCH_FIXTURE, ...OLD_CRASHES].map(toProcessedCrash));
  await index.refresh();
}

/** Plans and runs one case. */
export async function evaluateSearchCase(
  index: SearchIndex,
  searchCase: SearchCase,
): Promise<CaseOutcome> {
  const permissions = new Set<FieldPermission>(searchCase.hasPii === false ? [] : ['view_pii']);
  let actual: Record<string, unknown>;
  try {
    const query =
      searchCase.crashStats !== undefined
        ? parseCrashStatsQuery(new URLSearchParams(searchCase.crashStats)).query
        : searchCase.query!;
    const plan = planSearch(query, {
      permissions,
      onForbiddenField: searchCase.crashStats !== undefined ? 'drop' : 'reject',
      now: CASES_NOW,
    });
    const result = await index.search(plan);
    actual = { total: result.total, hits: result.hits, facets: result.facets };
  } catch (error) {
    if (!(error instanceof CairnError)) throw error;
    actual = { error: error.code };
  }
  const expected = searchCase.expect;
  const checked = Object.keys(expected);
  return {
    expected,
    actual: Object.fromEntries(checked.map((key) => [key, actual[key]])),
  };
}
