import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCrashStatsQuery } from '../../../src/search/crash-stats/parse-crash-stats-query.js';
import { planSearch } from '../../../src/search/planner/plan-search.js';
import { SearchParameterError } from '../../../src/search/search-errors.js';
import type { SearchFilter } from '../../../src/search/search-query.js';

const parse = (query: string, options = {}) =>
  parseCrashStatsQuery(new URLSearchParams(query), options);
const filterOf = (query: string) => parse(query).query.filter;
const condition = (field: string, operator: string, value?: string): SearchFilter =>
  ({
    kind: 'condition',
    field,
    operator,
    ...(value === undefined ? {} : { value }),
  }) as SearchFilter;
const not = (filter: SearchFilter): SearchFilter => ({ kind: 'not', filter });

function parseError(query: string, options = {}): SearchParameterError {
  try {
    parse(query, options);
  } catch (error) {
    if (error instanceof SearchParameterError) return error;
    throw error;
  }
  throw new Error(`expected ${query} to be refused`);
}

describe('parseCrashStatsQuery: operators', () => {
  it.each([
    ['signature=js', 'matches', 'js'],
    ['signature==js', 'is', 'js'],
    ['signature=~js', 'contains', 'js'],
    ['signature=^js', 'starts_with', 'js'],
    ['signature=$js', 'ends_with', 'js'],
    ['signature=@j.*', 'regex', 'j.*'],
    ['uptime=>10', 'gt', '10'],
    ['uptime=>=10', 'gte', '10'],
    ['uptime=<10', 'lt', '10'],
    ['uptime=<=10', 'lte', '10'],
  ])('reads %s as %s', (query, operator, value) => {
    expect(filterOf(query)).toEqual(condition(query.split('=')[0]!, operator, value));
  });

  it('reads valueless operators without an operand', () => {
    expect(filterOf('signature=__null__')).toEqual(condition('signature', 'is_null'));
    expect(filterOf('startup_crash=__true__')).toEqual(condition('startup_crash', 'is_true'));
  });

  it('negates any operator with a leading !', () => {
    expect(filterOf('signature=!~js')).toEqual(not(condition('signature', 'contains', 'js')));
    expect(filterOf('signature=!__null__')).toEqual(not(condition('signature', 'is_null')));
  });

  it('takes a prefix the field type does not know as part of a bare value', () => {
    expect(filterOf('product=~Firefox')).toEqual(condition('product', 'matches', '~Firefox'));
    expect(filterOf('uptime=~5')).toEqual(condition('uptime', 'matches', '~5'));
  });
});

describe('parseCrashStatsQuery: combination rules', () => {
  it('merges bare values into one clause, after the prefixed ones', () => {
    expect(filterOf('signature=a&signature=~b&signature=c')).toEqual({
      kind: 'or',
      filters: [
        condition('signature', 'contains', 'b'),
        {
          kind: 'or',
          filters: [condition('signature', 'matches', 'a'), condition('signature', 'matches', 'c')],
        },
      ],
    });
  });

  it('puts negated bare values in one "matches none" clause before the bare ones', () => {
    expect(filterOf('signature=a&signature=!b&signature=!c')).toEqual({
      kind: 'or',
      filters: [
        not({
          kind: 'or',
          filters: [condition('signature', 'matches', 'b'), condition('signature', 'matches', 'c')],
        }),
        condition('signature', 'matches', 'a'),
      ],
    });
  });

  it('ANDs ranges onto what came before and ORs everything else', () => {
    expect(filterOf('uptime=>10&uptime=<60')).toEqual({
      kind: 'and',
      filters: [condition('uptime', 'gt', '10'), condition('uptime', 'lt', '60')],
    });
    expect(filterOf('uptime=>10&uptime=__null__&uptime=<60')).toEqual({
      kind: 'and',
      filters: [
        { kind: 'or', filters: [condition('uptime', 'gt', '10'), condition('uptime', 'is_null')] },
        condition('uptime', 'lt', '60'),
      ],
    });
  });

  it('keeps the reference negation quirk: two negated operators are ORed', () => {
    expect(filterOf('signature=!=A&signature=!=B')).toEqual({
      kind: 'or',
      filters: [not(condition('signature', 'is', 'A')), not(condition('signature', 'is', 'B'))],
    });
  });

  it('ANDs different parameters', () => {
    expect(filterOf('product=Firefox&platform=Linux')).toEqual({
      kind: 'and',
      filters: [
        condition('platform', 'matches', 'Linux'),
        condition('product', 'matches', 'Firefox'),
      ],
    });
  });

  it('turns a bare version ending in b into "starts with", after the other clauses', () => {
    expect(filterOf('version=120.0b&version=119.0')).toEqual({
      kind: 'or',
      filters: [
        condition('version', 'matches', '119.0'),
        condition('version', 'starts_with', '120.0b'),
      ],
    });
    expect(filterOf('version=!120.0b')).toEqual(not(condition('version', 'starts_with', '120.0b')));
    // version is an enum field: "=" is not one of its operators, so it stays in the value.
    expect(filterOf('version==120.0b')).toEqual(condition('version', 'starts_with', '=120.0b'));
  });

  it('ignores empty values and parameters that are neither fields nor meta parameters', () => {
    expect(filterOf('signature=&nonsense=1&pretty=print')).toBeUndefined();
  });
});

describe('parseCrashStatsQuery: dates', () => {
  it('keeps the most restrictive bound of each side', () => {
    expect(
      parse('date=>=2024-01-01&date=>2024-01-03&date=<2024-02-01&date=<=2024-01-20').query
        .dateRange,
    ).toEqual({
      from: { value: '2024-01-03T00:00:00.000Z', inclusive: false },
      to: { value: '2024-01-20T00:00:00.000Z', inclusive: true },
    });
  });

  it('leaves the range open when no date is given', () => {
    expect(parse('product=Firefox').query.dateRange).toBeUndefined();
  });

  it('refuses a bare date with the reference message', () => {
    expect(parseError('date=2024-01-01').message).toBe('date must have a prefix operator');
  });

  it('refuses a value that is not a date', () => {
    expect(parseError('date=>=yesterday').message).toBe(
      'Bad value for parameter date: not a valid datetime',
    );
  });
});

describe('parseCrashStatsQuery: meta parameters', () => {
  it('applies the reference defaults: facet on signature, no explicit columns or sort', () => {
    const { query, returnQuery } = parse('');
    expect(query.aggregations).toEqual([{ kind: 'terms', field: 'signature' }]);
    expect(query.columns).toBeUndefined();
    expect(query.sort).toBeUndefined();
    expect(returnQuery).toBe(false);
  });

  it('reads columns, sort, paging and facet size', () => {
    const { query } = parse(
      '_columns=uuid&_columns=signature&_sort=-date&_sort=product&_results_number=5&_results_offset=10&_facets_size=7',
    );
    expect(query.columns).toEqual(['uuid', 'signature']);
    expect(query.sort).toEqual([
      { field: 'date', descending: true },
      { field: 'product', descending: false },
    ]);
    expect([query.resultsNumber, query.resultsOffset, query.facetsSize]).toEqual([5, 10, 7]);
  });

  it('refuses a non-integer paging parameter the way the reference form does', () => {
    const error = parseError('_results_number=ten');
    expect([error.parameter, error.message, error.crashStatsShape]).toEqual([
      '_results_number',
      'Enter a whole number.',
      'form_field',
    ]);
  });

  it('reads facets, cardinality and histogram values', () => {
    expect(
      parse('_facets=platform&_facets=_cardinality.install_time&_facets=_histogram.uptime').query
        .aggregations,
    ).toEqual([
      { kind: 'terms', field: 'platform' },
      { kind: 'cardinality', field: 'install_time' },
      { kind: 'histogram', field: 'uptime' },
    ]);
  });

  it('nests _aggs paths and puts their values at the deepest level', () => {
    expect(
      parse('_facets=signature&_aggs.product.version=_cardinality.install_time').query.aggregations,
    ).toEqual([
      { kind: 'terms', field: 'signature' },
      {
        kind: 'terms',
        field: 'product',
        aggregations: [
          {
            kind: 'terms',
            field: 'version',
            aggregations: [{ kind: 'cardinality', field: 'install_time' }],
          },
        ],
      },
    ]);
  });

  it('reads histograms with their sub-aggregations and interval', () => {
    expect(
      parse('_facets=&_histogram.date=product&_histogram_interval.date=week').query.aggregations,
    ).toEqual([
      {
        kind: 'histogram',
        field: 'date',
        interval: 'week',
        aggregations: [{ kind: 'terms', field: 'product' }],
      },
    ]);
  });

  it('skips histograms of fields without one, as the reference does', () => {
    expect(
      parse('_facets=_histogram.signature&_histogram.product=platform').query.aggregations,
    ).toEqual([]);
  });

  it('asks for no facets with an explicitly empty _facets', () => {
    expect(parse('_facets=').query.aggregations).toEqual([]);
  });

  it('reads _return_query as a boolean', () => {
    expect(parse('_return_query=true').returnQuery).toBe(true);
    expect(parse('_return_query=0').returnQuery).toBe(false);
  });
});

describe('parseCrashStatsQuery: products', () => {
  it('refuses products outside the known list, operators included, with the reference message', () => {
    const error = parseError('product=Firefox&product=Nope&product=!Firefox', {
      knownProducts: ['Firefox'],
    });
    expect(error.message).toBe("Bad value for parameter(s) 'Not valid products: Nope, !Firefox'");
  });

  it('does not check products without a known list', () => {
    expect(filterOf('product=Anything')).toEqual(condition('product', 'matches', 'Anything'));
  });
});

describe('parseCrashStatsQuery: fuzzing', () => {
  it('refuses bad input only with a SearchParameterError, and parses and plans within the time limit', () => {
    const key = fc.oneof(
      fc.constantFrom(
        'signature',
        'uptime',
        'date',
        'product',
        'version',
        'startup_crash',
        'addons',
        'url',
        '_columns',
        '_sort',
        '_facets',
        '_facets_size',
        '_results_number',
        '_results_offset',
        '_aggs.product.version',
        '_aggs.nope',
        '_histogram.date',
        '_histogram_interval.date',
        '_histogram_interval.uptime',
        '_histogram.uptime',
        '_return_query',
      ),
      fc.string({ maxLength: 12 }),
    );
    const value = fc.oneof(
      fc.string({ maxLength: 20, unit: 'grapheme' }),
      fc.constantFrom(
        '>=2024-03-01',
        '<2024-03-10',
        '!__null__',
        '@(a',
        '@(a+)+',
        '_cardinality.x',
        '-uptime',
        '99999',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 10 }), (pairs) => {
        const started = performance.now();
        try {
          const { query } = parseCrashStatsQuery(pairs);
          planSearch(query, {
            permissions: new Set(),
            onForbiddenField: 'drop',
            now: new Date('2024-03-10T00:00:00Z'),
          });
        } catch (error) {
          expect(error).toBeInstanceOf(SearchParameterError);
        }
        expect(performance.now() - started).toBeLessThan(500);
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 15_000 },
    );
  });
});
