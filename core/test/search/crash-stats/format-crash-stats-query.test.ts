import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparablePlan } from '../../../src/search/crash-stats/comparable-plan.js';
import { formatCrashStatsQuery } from '../../../src/search/crash-stats/format-crash-stats-query.js';
import { parseCrashStatsQuery } from '../../../src/search/crash-stats/parse-crash-stats-query.js';
import { planSearch } from '../../../src/search/planner/plan-search.js';
import { SearchParameterError } from '../../../src/search/search-errors.js';
import type { SearchQuery } from '../../../src/search/search-query.js';

const OPTIONS = {
  permissions: new Set(['view_pii'] as const),
  onForbiddenField: 'reject',
  now: new Date('2024-03-10T00:00:00Z'),
} as const;
const planOf = (query: SearchQuery) => comparablePlan(planSearch(query, OPTIONS));
const parse = (text: string) => parseCrashStatsQuery(new URLSearchParams(text)).query;

describe('formatCrashStatsQuery', () => {
  it.each([
    'product=Firefox&version=120.0b&version=119.0',
    'signature=~moz&signature=!=A&signature=!=B&signature=js&signature=!x',
    'uptime=>10&uptime=__null__&uptime=<60',
    'date=>=2024-03-01&date=<2024-03-05T12:00:00Z&platform=Linux',
    '_columns=uuid&_columns=url&_sort=-uptime&_results_number=5&_results_offset=5',
    '_facets=platform&_facets=_cardinality.install_time&_facets_size=3',
    '_aggs.product.version=_cardinality.install_time&_aggs.signature=platform',
    '_histogram.date=product&_histogram_interval.date=week&_facets=',
    '_histogram.uptime=_histogram.install_age&_histogram_interval.uptime=60',
    'startup_crash=__true__&addons_checked=!true&uptime_ts=>=1.5',
  ])('prints %s so that it parses back into the same search', (text) => {
    const query = parse(text);
    const printed = formatCrashStatsQuery(query);
    expect(planOf(parse(printed.toString()))).toBe(planOf(query));
  });

  it('prints a native query with explicit groups when the syntax can express it', () => {
    const query: SearchQuery = {
      filter: {
        kind: 'and',
        filters: [
          {
            kind: 'or',
            filters: [
              { kind: 'condition', field: 'signature', operator: 'matches', value: 'a' },
              { kind: 'condition', field: 'signature', operator: 'contains', value: 'b' },
            ],
          },
          { kind: 'condition', field: 'uptime', operator: 'lt', value: 5 },
        ],
      },
    };
    expect(formatCrashStatsQuery(query).toString()).toBe(
      'signature=%7Eb&signature=a&uptime=%3C5&_facets=',
    );
  });

  it('refuses a native query the Crash Stats syntax cannot express', () => {
    expect.assertions(2);
    const query: SearchQuery = {
      filter: {
        kind: 'not',
        filter: {
          kind: 'and',
          filters: [
            { kind: 'condition', field: 'signature', operator: 'matches', value: 'a' },
            { kind: 'condition', field: 'product', operator: 'matches', value: 'b' },
          ],
        },
      },
    };
    try {
      formatCrashStatsQuery(query);
    } catch (error) {
      expect(error).toBeInstanceOf(SearchParameterError);
      expect((error as SearchParameterError).code).toBe('SEARCH_NOT_SHAREABLE');
    }
  });

  it('round-trips every query string it can plan (property)', () => {
    const value = fc.oneof(
      fc.constantFrom('a', 'B', '10', '1.5', 'true', '2024-03-05', 'x y', '120.0b', ''),
      fc.string({ maxLength: 6 }),
    );
    const prefix = fc.constantFrom(
      '',
      '!',
      '=',
      '~',
      '^',
      '$',
      '@',
      '>',
      '>=',
      '<',
      '<=',
      '__null__',
      '__true__',
      '!=',
      '!~',
    );
    const field = fc.constantFrom(
      'signature',
      'product',
      'version',
      'uptime',
      'uptime_ts',
      'startup_crash',
      'addons',
      'modules_in_stack',
      'date',
      'platform',
    );
    const meta = fc.constantFrom(
      ['_facets', 'platform'],
      ['_facets', '_cardinality.uuid'],
      ['_aggs.product.version', 'platform'],
      ['_histogram.date', 'product'],
      ['_histogram_interval.date', 'week'],
      ['_sort', '-uptime'],
      ['_columns', 'signature'],
      ['_facets', ''],
    );
    const pair = fc.oneof(
      fc.tuple(field, prefix, value).map(([f, p, v]) => [f, `${p}${v}`]),
      meta,
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        let query: SearchQuery;
        try {
          query = parseCrashStatsQuery(pairs as [string, string][]).query;
          planSearch(query, OPTIONS);
        } catch (error) {
          expect(error).toBeInstanceOf(SearchParameterError);
          return;
        }
        const printed = formatCrashStatsQuery(query);
        expect(planOf(parse(printed.toString()))).toBe(planOf(query));
      }),
      { numRuns: 400, interruptAfterTimeLimit: 10_000 },
    );
  });
});
