import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSearchParams } from '../../../src/pages/search/format-search-params';
import { parseSearchParams } from '../../../src/pages/search/parse-search-params';
import {
  DEFAULT_COLUMNS,
  DEFAULT_FACETS,
  EMPTY_SEARCH_STATE,
  type FilterLine,
  type SearchState,
} from '../../../src/pages/search/search-state';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query), FIXTURE_CATALOG);

describe('parseSearchParams', () => {
  it('gives the empty state, with the reference defaults, for an empty query string', () => {
    expect(parse('')).toEqual({ state: EMPTY_SEARCH_STATE, problems: [] });
    expect(EMPTY_SEARCH_STATE.columns).toEqual(DEFAULT_COLUMNS);
    expect(EMPTY_SEARCH_STATE.facets).toEqual(DEFAULT_FACETS);
  });

  it('reads operator prefixes and negation per field type', () => {
    const { state } = parse(
      'signature=~Foo&signature=!^Bar&uptime=>=10&uptime=<60&startup_crash=__true__&url=!__null__&product=Firefox',
    );
    expect(state.lines).toEqual<FilterLine[]>([
      { field: 'signature', operator: 'contains', negated: false, values: ['Foo'] },
      { field: 'signature', operator: 'starts_with', negated: true, values: ['Bar'] },
      { field: 'uptime', operator: 'gte', negated: false, values: ['10'] },
      { field: 'uptime', operator: 'lt', negated: false, values: ['60'] },
      { field: 'startup_crash', operator: 'is_true', negated: false, values: [] },
      { field: 'url', operator: 'is_null', negated: true, values: [] },
      { field: 'product', operator: 'matches', negated: false, values: ['Firefox'] },
    ]);
  });

  it('treats a prefix the field type does not take as part of a bare value', () => {
    expect(parse('product=~Fire').state.lines).toEqual([
      { field: 'product', operator: 'matches', negated: false, values: ['~Fire'] },
    ]);
  });

  it('merges values of the same field, operator and negation into one line, but not ranges', () => {
    const { state } = parse('product=Firefox&signature=~a&product=Fenix&uptime=>1&uptime=>2');
    expect(state.lines).toEqual([
      { field: 'product', operator: 'matches', negated: false, values: ['Firefox', 'Fenix'] },
      { field: 'signature', operator: 'contains', negated: false, values: ['a'] },
      { field: 'uptime', operator: 'gt', negated: false, values: ['1'] },
      { field: 'uptime', operator: 'gt', negated: false, values: ['2'] },
    ]);
  });

  it('ignores parameters that are neither fields nor known meta parameters, and empty values', () => {
    expect(parse('nope=1&signature=&utm_source=x').state).toEqual(EMPTY_SEARCH_STATE);
  });

  it('keeps the most restrictive date bounds', () => {
    const { state } = parse(
      'date=>=2024-01-01&date=>2024-01-03&date=<2024-02-01&date=<=2024-01-20',
    );
    expect(state.dateFrom).toEqual({ value: '2024-01-03', inclusive: false });
    expect(state.dateTo).toEqual({ value: '2024-01-20', inclusive: true });
  });

  it('reports date values without a range operator or that are not dates, and ignores them', () => {
    const { state, problems } = parse('date=2024-01-01&date=>=yesterday');
    expect(state.dateFrom).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(
      'date=2024-01-01 is not a date with a range operator (>=, <); it was ignored.',
    );
  });

  it('reads columns without uuid (always shown), sort keys, facets and their size', () => {
    const { state } = parse(
      '_columns=uuid&_columns=build_id&_sort=-date&_sort=product&_facets=platform&_facets_size=10',
    );
    expect(state.columns).toEqual(['build_id']);
    expect(state.sort).toEqual([
      { field: 'date', descending: true },
      { field: 'product', descending: false },
    ]);
    expect(state.facets).toEqual(['platform']);
    expect(state.facetsSize).toBe(10);
  });

  it('reads an explicitly empty _facets as no facets', () => {
    expect(parse('_facets=').state.facets).toEqual([]);
  });

  it('reads nested aggregations, histograms and their intervals', () => {
    const { state } = parse(
      '_aggs.product.version=platform&_aggs.product.version=_cardinality.install_time&_histogram.date=product&_histogram_interval.date=week',
    );
    expect(state.nested).toEqual([
      { path: ['product', 'version'], values: ['platform', '_cardinality.install_time'] },
    ]);
    expect(state.histograms).toEqual([{ field: 'date', values: ['product'] }]);
    expect(state.histogramIntervals).toEqual({ date: 'week' });
  });

  it('reads the page from page, or from _results_offset and _results_number', () => {
    expect(parse('page=3').state.page).toBe(3);
    expect(parse('_results_number=20&_results_offset=40').state).toMatchObject({
      page: 3,
      pageSize: 20,
    });
  });

  it('reports out-of-range numbers and falls back to the defaults', () => {
    const { state, problems } = parse('_results_number=5000&page=0&_facets_size=x');
    expect(state).toMatchObject({ page: 1, pageSize: EMPTY_SEARCH_STATE.pageSize });
    expect(state.facetsSize).toBeUndefined();
    expect(problems).toEqual([
      '_results_number must be a whole number from 1 to 1000; "5000" was ignored.',
      'page must be a whole number from 1 to 10000; "0" was ignored.',
      '_facets_size must be a whole number from 0 to 10000; "x" was ignored.',
    ]);
  });

  it('reads groups by number, with their match and lines, and reports unknown group fields', () => {
    const { state, problems } = parse(
      '_group.2=none&_group.2.signature=~a&_group.1=any&_group.1.product=Firefox&_group.1.uptime=<5&_group.1.nope=1&_group.3=maybe',
    );
    expect(state.groups).toEqual([
      {
        match: 'any',
        lines: [
          { field: 'product', operator: 'matches', negated: false, values: ['Firefox'] },
          { field: 'uptime', operator: 'lt', negated: false, values: ['5'] },
        ],
      },
      {
        match: 'none',
        lines: [{ field: 'signature', operator: 'contains', negated: false, values: ['a'] }],
      },
    ]);
    expect(problems).toEqual([
      '_group.1.nope: there is no field called "nope".',
      '_group.3 must be all, any or none; "maybe" was ignored.',
    ]);
  });

  it('reads _dont_run=1', () => {
    expect(parse('_dont_run=1').state.dontRun).toBe(true);
  });
});

describe('formatSearchParams', () => {
  it('leaves defaults out', () => {
    expect(formatSearchParams(EMPTY_SEARCH_STATE).toString()).toBe('');
  });

  it('writes lines with their prefixes, then dates, columns, sort, facets and the page', () => {
    const state: SearchState = {
      ...EMPTY_SEARCH_STATE,
      lines: [
        { field: 'signature', operator: 'contains', negated: true, values: ['a', 'b'] },
        { field: 'url', operator: 'is_null', negated: false, values: [] },
      ],
      dateFrom: { value: '2024-01-01T00:00:00', inclusive: true },
      columns: ['build_id'],
      sort: [{ field: 'date', descending: true }],
      facets: [],
      page: 2,
    };
    expect(decodeURIComponent(formatSearchParams(state).toString())).toBe(
      'signature=!~a&signature=!~b&url=__null__&date=>=2024-01-01T00:00:00&_columns=build_id&_sort=-date&_facets=&page=2',
    );
  });

  it('writes an empty column choice as uuid alone', () => {
    expect(formatSearchParams({ ...EMPTY_SEARCH_STATE, columns: [] }).getAll('_columns')).toEqual([
      'uuid',
    ]);
  });
});

const operand = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 :.|-]{0,11}$/);
const textLine = fc.record({
  field: fc.constantFrom('signature', 'url'),
  operator: fc.constantFrom('matches', 'is', 'contains', 'starts_with', 'ends_with', 'regex'),
  negated: fc.boolean(),
  values: fc.array(operand, { minLength: 1, maxLength: 3 }),
});
const rangeLine = fc.record({
  field: fc.constantFrom('uptime', 'build_id'),
  operator: fc.constantFrom('gt', 'gte', 'lt', 'lte'),
  negated: fc.boolean(),
  values: fc.tuple(fc.integer({ min: 0, max: 99999 }).map(String)),
});
const valuelessLine = fc.record({
  field: fc.constantFrom('startup_crash', 'product'),
  operator: fc.constant('is_null'),
  negated: fc.boolean(),
  values: fc.constant([]),
});
/**
 * Lines as the parser produces them: one line per field, operator and negation except ranges,
 * and the lines of one field together, in the order their fields first appear.
 */
const lines = fc
  .array(fc.oneof(textLine, rangeLine, valuelessLine), { maxLength: 6 })
  .map((list) => {
    const unique = list.filter(
      (line, index) =>
        line.operator.startsWith('g') ||
        line.operator.startsWith('l') ||
        list.findIndex(
          (other) =>
            other.field === line.field &&
            other.operator === line.operator &&
            other.negated === line.negated,
        ) === index,
    );
    const fields = [...new Set(unique.map((line) => line.field))];
    return fields.flatMap((field) => unique.filter((line) => line.field === field));
  }) as fc.Arbitrary<FilterLine[]>;
const fieldName = fc.constantFrom('signature', 'product', 'version', 'platform', 'uptime');
const isoDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
const state: fc.Arbitrary<SearchState> = fc.record(
  {
    lines,
    groups: fc.array(
      fc.record({
        match: fc.constantFrom('all', 'any', 'none'),
        lines: lines.filter((list) => list.length > 0),
      }),
      { maxLength: 2 },
    ),
    dateFrom: fc.option(fc.record({ value: isoDate, inclusive: fc.boolean() }), { nil: undefined }),
    dateTo: fc.option(fc.record({ value: isoDate, inclusive: fc.boolean() }), { nil: undefined }),
    columns: fc.uniqueArray(fieldName, { maxLength: 4 }),
    sort: fc.array(fc.record({ field: fieldName, descending: fc.boolean() }), { maxLength: 2 }),
    page: fc.integer({ min: 1, max: 200 }),
    pageSize: fc.integer({ min: 1, max: 1000 }),
    facets: fc.uniqueArray(
      fc.oneof(fieldName, fc.constant('_histogram.uptime'), fc.constant('_cardinality.signature')),
      {
        maxLength: 3,
      },
    ),
    nested: fc
      .array(
        fc.record({
          path: fc.uniqueArray(fieldName, { minLength: 1, maxLength: 2 }),
          values: fc.uniqueArray(fieldName, { minLength: 1, maxLength: 2 }),
        }),
        { maxLength: 2 },
      )
      .map((list) =>
        list.filter(
          (item, index) =>
            list.findIndex((other) => other.path.join('.') === item.path.join('.')) === index,
        ),
      ),
    histograms: fc
      .array(
        fc.record({
          field: fc.constantFrom('date', 'uptime'),
          values: fc.uniqueArray(fieldName, { minLength: 1, maxLength: 2 }),
        }),
        { maxLength: 2 },
      )
      .map((list) =>
        list.filter(
          (item, index) => list.findIndex((other) => other.field === item.field) === index,
        ),
      ),
    histogramIntervals: fc.dictionary(
      fc.constantFrom('date', 'uptime'),
      fc.constantFrom('week', '10', 'day'),
    ),
    facetsSize: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    dontRun: fc.boolean(),
  },
  {
    requiredKeys: [
      'lines',
      'groups',
      'columns',
      'sort',
      'page',
      'pageSize',
      'facets',
      'nested',
      'histograms',
      'histogramIntervals',
      'dontRun',
    ],
  },
);

/** Drops keys whose value is undefined, as the parser never sets them. */
function withoutUndefined(value: SearchState): SearchState {
  return JSON.parse(JSON.stringify(value)) as SearchState;
}

describe('Super Search URL state round trip', () => {
  it('parses what it formats back into the same state', () => {
    fc.assert(
      fc.property(state, (original) => {
        const query = formatSearchParams(original).toString();
        const parsed = parseSearchParams(new URLSearchParams(query), FIXTURE_CATALOG);
        expect(parsed.problems).toEqual([]);
        expect(parsed.state).toEqual(withoutUndefined(original));
      }),
      { numRuns: 300, interruptAfterTimeLimit: 5_000 },
    );
  });

  it('formats what it parses back into an equivalent query string', () => {
    const query =
      'product=Firefox&product=Fenix&signature=%21%7EFoo&date=%3E%3D2024-01-01&_columns=build_id&_sort=-date&_facets=platform&_aggs.product=version&page=2';
    const once = formatSearchParams(parse(query).state);
    expect(formatSearchParams(parseSearchParams(once, FIXTURE_CATALOG).state).toString()).toBe(
      once.toString(),
    );
    expect(once.toString()).toBe(query);
  });
});

describe('parseSearchParams on arbitrary query strings', () => {
  it('never throws, and what it parses formats and parses back to the same state', () => {
    const key = fc.oneof(
      fc.constantFrom(
        'signature',
        'product',
        'uptime',
        'date',
        'url',
        'startup_crash',
        'page',
        'version',
      ),
      fc.constantFrom(
        '_columns',
        '_sort',
        '_facets',
        '_facets_size',
        '_results_number',
        '_results_offset',
      ),
      fc.constantFrom(
        '_aggs.product',
        '_histogram.date',
        '_histogram_interval.date',
        '_group.1',
        '_group.2.signature',
      ),
      fc.string({ maxLength: 12 }),
    );
    const pairs = fc.array(fc.tuple(key, fc.string({ maxLength: 16 })), { maxLength: 12 });
    fc.assert(
      fc.property(pairs, (entries) => {
        const once = parseSearchParams(new URLSearchParams(entries), FIXTURE_CATALOG).state;
        const again = parseSearchParams(formatSearchParams(once), FIXTURE_CATALOG).state;
        expect(formatSearchParams(again).toString()).toBe(formatSearchParams(once).toString());
      }),
      { numRuns: 500, interruptAfterTimeLimit: 5_000 },
    );
  });
});
