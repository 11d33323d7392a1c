/** Search cases: columns, sort and pagination. */
import type { CrashFacts } from '../../fixtures/search-crashes.js';
import { RECENT, byDefaultOrder, defaultHits } from '../search-expectations.js';
import { uuidHits, type SearchCase } from './search-case.js';

const ordered = (compare: (a: CrashFacts, b: CrashFacts) => number) =>
  [...byDefaultOrder(RECENT)].sort(compare);

/** Columns, sort and pagination. */
export const HIT_CASES: readonly SearchCase[] = [
  {
    name: 'columns flatten lists of one value and give null for missing values',
    crashStats:
      '_columns=uuid&_columns=addons&_columns=uptime&_columns=startup_crash&_results_number=4',
    expect: {
      hits: byDefaultOrder(RECENT)
        .slice(0, 4)
        .map((c) => ({
          uuid: c.uuid,
          addons: c.addons === undefined ? null : c.addons.length === 1 ? c.addons[0] : c.addons,
          uptime: c.uptime ?? null,
          startup_crash: c.startupCrash === true,
        })),
    },
  },
  {
    name: 'sort by a number descending puts missing values last',
    crashStats: '_sort=-uptime&_columns=uuid',
    expect: {
      hits: uuidHits(
        ordered(
          (a, b) =>
            (a.uptime === undefined ? 1 : 0) - (b.uptime === undefined ? 1 : 0) ||
            (b.uptime ?? 0) - (a.uptime ?? 0),
        ),
      ),
    },
  },
  {
    name: 'sort by text uses the whole value in byte order, ties newest first',
    crashStats: '_sort=signature&_columns=uuid&_columns=signature&_results_number=12',
    expect: {
      hits: ordered((a, b) => Buffer.compare(Buffer.from(a.signature), Buffer.from(b.signature)))
        .slice(0, 12)
        .map((c) => ({ uuid: c.uuid, signature: c.signature })),
    },
  },
  {
    name: 'sort by a list field uses its largest value going down',
    crashStats: '_sort=-addons&_sort=uuid&_columns=uuid',
    expect: {
      hits: uuidHits(
        [...RECENT].sort((a, b) => {
          const max = (c: CrashFacts) => (c.addons ? [...c.addons].sort().at(-1)! : undefined);
          const [left, right] = [max(a), max(b)];
          if (left === right) return a.uuid < b.uuid ? -1 : 1;
          if (left === undefined) return 1;
          if (right === undefined) return -1;
          return left < right ? 1 : -1;
        }),
      ),
    },
  },
  {
    name: 'pagination',
    crashStats: '_results_number=5&_results_offset=5&_facets=',
    expect: { total: RECENT.length, hits: defaultHits(RECENT).slice(5, 10), facets: {} },
  },
  {
    name: 'results number 0 returns only counts',
    crashStats: '_results_number=0',
    expect: { total: RECENT.length, hits: [] },
  },
];
