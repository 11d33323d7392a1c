/** Search cases: date ranges, weekly periods and retention. */
import { OLD_CRASHES } from '../../fixtures/search-crashes.js';
import { ALL_CRASHES, count, type SearchCase } from './search-case.js';

/** Date ranges, weekly periods and retention. */
export const DATE_CASES: readonly SearchCase[] = [
  {
    name: 'an explicit date range across a weekly boundary',
    crashStats: 'date=>=2024-03-10T00:00:00&date=<2024-03-12',
    expect: {
      total: count((c) => c.dateMs >= Date.UTC(2024, 2, 10) && c.dateMs < Date.UTC(2024, 2, 12)),
    },
  },
  {
    name: 'an upper bound alone means the 7 days before it',
    crashStats: 'date=<2024-03-12T00:00:00Z&_results_number=0',
    expect: {
      total: ALL_CRASHES.filter(
        (c) => c.dateMs < Date.UTC(2024, 2, 12) && c.dateMs >= Date.UTC(2024, 2, 5),
      ).length,
      hits: [],
    },
  },
  {
    name: 'an older week is searchable',
    crashStats: 'date=>=2024-02-10&date=<2024-02-20&_columns=uuid',
    expect: { total: 1, hits: [{ uuid: OLD_CRASHES[0]!.uuid }] },
  },
  {
    name: 'crashes past the retention period are not searched',
    crashStats: 'date=>=2023-08-01&date=<=2023-09-01',
    expect: { total: 0 },
  },
  {
    name: 'a range over 365 days is refused',
    crashStats: 'date=>=2023-01-01&date=<2024-03-01',
    expect: { error: 'SEARCH_INVALID_PARAMETER' },
  },
];
