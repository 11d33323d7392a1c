/**
 * The search conformance cases: filters × operators × types, combination rules, dates,
 * facets, nested aggregations, histograms, cardinality, sort, pagination and permissions.
 * Every adapter must give exactly these answers over the fixture (search-crashes.ts).
 */
import { SEARCH_NOW } from '../fixtures/search-crashes.js';
import { DATE_CASES } from './search-cases/date-cases.js';
import { FACET_CASES } from './search-cases/facet-cases.js';
import { FILTER_CASES } from './search-cases/filter-cases.js';
import { HIT_CASES } from './search-cases/hit-cases.js';
import { PERMISSION_CASES } from './search-cases/permission-cases.js';
import type { SearchCase } from './search-cases/search-case.js';

export type { SearchCase, SearchExpectation } from './search-cases/search-case.js';

/** Every case. */
export const SEARCH_CASES: readonly SearchCase[] = [
  ...FILTER_CASES,
  ...DATE_CASES,
  ...HIT_CASES,
  ...FACET_CASES,
  ...PERMISSION_CASES,
];

/** "Now" for every case. */
export const CASES_NOW = SEARCH_NOW;
