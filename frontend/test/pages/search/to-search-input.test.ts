import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../../src/pages/search/parse-search-params';
import { EMPTY_SEARCH_STATE } from '../../../src/pages/search/search-state';
import { toSearchFilter, toSearchInput } from '../../../src/pages/search/to-search-input';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

const filterOf = (query: string) =>
  toSearchFilter(parseSearchParams(new URLSearchParams(query), FIXTURE_CATALOG).state);

describe('toSearchFilter: the reference combination rules', () => {
  it('merges bare values of one field into one "matches any" clause', () => {
    expect(filterOf('product=Firefox&product=Fenix')).toEqual({
      any: [
        { field: 'product', operator: 'MATCHES', value: 'Firefox' },
        { field: 'product', operator: 'MATCHES', value: 'Fenix' },
      ],
    });
  });

  it('ANDs ranges onto what came before, so two bounds make an interval', () => {
    expect(filterOf('uptime=>10&uptime=<60')).toEqual({
      all: [
        { field: 'uptime', operator: 'GT', value: '10' },
        { field: 'uptime', operator: 'LT', value: '60' },
      ],
    });
  });

  it('ORs other prefixed values, with the bare ones last ("matches js OR contains ::")', () => {
    expect(filterOf('signature=js&signature=~::')).toEqual({
      any: [
        { field: 'signature', operator: 'CONTAINS', value: '::' },
        { field: 'signature', operator: 'MATCHES', value: 'js' },
      ],
    });
  });

  it('keeps the reference quirk: prefixed negations are ORed ("not A or not B")', () => {
    expect(filterOf('signature=!=A&signature=!=B')).toEqual({
      any: [
        { not: { field: 'signature', operator: 'IS', value: 'A' } },
        { not: { field: 'signature', operator: 'IS', value: 'B' } },
      ],
    });
  });

  it('merges negated bare values into one "matches none" clause before the bare ones', () => {
    expect(filterOf('product=Firefox&product=!Fenix&product=!Focus')).toEqual({
      any: [
        {
          not: {
            any: [
              { field: 'product', operator: 'MATCHES', value: 'Fenix' },
              { field: 'product', operator: 'MATCHES', value: 'Focus' },
            ],
          },
        },
        { field: 'product', operator: 'MATCHES', value: 'Firefox' },
      ],
    });
  });

  it('turns a bare version ending in b into "starts with" (every beta of it)', () => {
    expect(filterOf('version=120.0b&version=119.0')).toEqual({
      any: [
        { field: 'version', operator: 'MATCHES', value: '119.0' },
        { field: 'version', operator: 'STARTS_WITH', value: '120.0b' },
      ],
    });
  });

  it('sends valueless operators without a value', () => {
    expect(filterOf('startup_crash=!__true__')).toEqual({
      not: { field: 'startup_crash', operator: 'IS_TRUE' },
    });
  });

  it('ANDs different fields and groups; a group combines its conditions by its match', () => {
    expect(
      filterOf(
        'product=Firefox&_group.1=none&_group.1.signature=~a&_group.1.signature=~b&_group.2=any&_group.2.uptime=<5',
      ),
    ).toEqual({
      all: [
        { field: 'product', operator: 'MATCHES', value: 'Firefox' },
        {
          not: {
            any: [
              { field: 'signature', operator: 'CONTAINS', value: 'a' },
              { field: 'signature', operator: 'CONTAINS', value: 'b' },
            ],
          },
        },
        { field: 'uptime', operator: 'LT', value: '5' },
      ],
    });
  });

  it('gives no filter for an empty state', () => {
    expect(toSearchFilter(EMPTY_SEARCH_STATE)).toBeUndefined();
  });
});

describe('toSearchInput', () => {
  it('sends the date range, uuid first among columns, the page as an offset and the facets', () => {
    const { state } = parseSearchParams(
      new URLSearchParams(
        'date=>=2024-01-01&date=<2024-01-08&_columns=build_id&_columns=uuid&page=3&_results_number=20&_sort=-date',
      ),
      FIXTURE_CATALOG,
    );
    expect(toSearchInput(state)).toEqual({
      dateRange: { from: '2024-01-01', to: '2024-01-08', fromInclusive: true, toInclusive: false },
      columns: ['uuid', 'build_id'],
      sort: [{ field: 'date', descending: true }],
      resultsNumber: 20,
      resultsOffset: 40,
      aggregations: [{ kind: 'TERMS', field: 'signature' }],
    });
  });

  it('builds facets, nested aggregations and histograms with their intervals', () => {
    const { state } = parseSearchParams(
      new URLSearchParams(
        '_facets=platform&_facets=_histogram.uptime&_facets=_cardinality.install_time&_aggs.product.version=platform&_histogram.date=product&_histogram_interval.date=week&_histogram_interval.uptime=60&_facets_size=5',
      ),
      FIXTURE_CATALOG,
    );
    const input = toSearchInput(state);
    expect(input.facetsSize).toBe(5);
    expect(input.aggregations).toEqual([
      { kind: 'TERMS', field: 'platform' },
      { kind: 'HISTOGRAM', field: 'uptime', interval: '60' },
      { kind: 'CARDINALITY', field: 'install_time' },
      {
        kind: 'TERMS',
        field: 'product',
        aggregations: [
          { kind: 'TERMS', field: 'version', aggregations: [{ kind: 'TERMS', field: 'platform' }] },
        ],
      },
      {
        kind: 'HISTOGRAM',
        field: 'date',
        interval: 'week',
        aggregations: [{ kind: 'TERMS', field: 'product' }],
      },
    ]);
  });
});
