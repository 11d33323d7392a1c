import { describe, expect, it } from 'vitest';
import type { FieldPermission } from '../../../src/fields/field-definition.js';
import { planSearch } from '../../../src/search/planner/plan-search.js';
import { SearchParameterError } from '../../../src/search/search-errors.js';
import type { SearchQuery } from '../../../src/search/search-query.js';

const NOW = new Date('2024-03-10T12:00:00Z');
const DAY = 86_400_000;
const PUBLIC = new Set<FieldPermission>();
const PII = new Set<FieldPermission>(['view_pii']);

const native = (query: SearchQuery, permissions = PUBLIC) =>
  planSearch(query, { permissions, onForbiddenField: 'reject', now: NOW });
const compatible = (query: SearchQuery, permissions = PUBLIC) =>
  planSearch(query, { permissions, onForbiddenField: 'drop', now: NOW });

function planError(query: SearchQuery, permissions = PUBLIC): SearchParameterError {
  try {
    native(query, permissions);
  } catch (error) {
    if (error instanceof SearchParameterError) return error;
    throw error;
  }
  throw new Error('expected the query to be refused');
}

describe('planSearch: date range', () => {
  it('defaults to the last 7 days', () => {
    expect(native({}).dateRange).toEqual({
      fromMs: NOW.getTime() - 7 * DAY,
      fromInclusive: true,
      toMs: NOW.getTime(),
      toInclusive: true,
    });
  });

  it('takes the 7 days before an upper bound given alone', () => {
    const { dateRange } = native({ dateRange: { to: { value: '2024-02-01', inclusive: false } } });
    expect(dateRange.toMs - dateRange.fromMs).toBe(7 * DAY);
    expect(dateRange.toInclusive).toBe(false);
  });

  it('runs a lower bound given alone up to now', () => {
    const { dateRange } = native({ dateRange: { from: { value: '2024-03-01', inclusive: true } } });
    expect(dateRange.toMs).toBe(NOW.getTime());
  });

  it('refuses a range longer than 365 days', () => {
    const error = planError({
      dateRange: {
        from: { value: '2023-01-01', inclusive: true },
        to: { value: '2024-01-03', inclusive: true },
      },
    });
    expect(error.message).toBe('Date range is bigger than 365 days');
  });
});

describe('planSearch: limits', () => {
  it.each([
    [{ resultsNumber: 1001 }, '_results_number cannot be greater than 1,000'],
    [{ resultsNumber: -1 }, '_results_number cannot be negative'],
    [
      { resultsOffset: 9950, resultsNumber: 100 },
      '_results_offset + _results_number cannot be greater than 10,000',
    ],
    [{ facetsSize: 10001 }, "Bad value for parameter(s) '_facets_size greater than 10,000'"],
  ] as const)('refuses %j', (query, message) => {
    expect(planError(query).message).toBe(message);
  });

  it('applies the reference defaults', () => {
    const plan = native({});
    expect([plan.resultsNumber, plan.resultsOffset, plan.facetsSize]).toEqual([100, 0, 50]);
    expect(plan.columns.map((field) => field.name)).toEqual([
      'uuid',
      'date',
      'signature',
      'product',
      'version',
    ]);
  });

  it('runs no aggregations when the facet size is 0', () => {
    expect(
      native({ facetsSize: 0, aggregations: [{ kind: 'terms', field: 'product' }] }).aggregations,
    ).toEqual([]);
  });
});

describe('planSearch: filters', () => {
  it('converts operands to the field type', () => {
    const plan = native({
      filter: {
        kind: 'and',
        filters: [
          { kind: 'condition', field: 'uptime', operator: 'gt', value: '10' },
          { kind: 'condition', field: 'startup_crash', operator: 'matches', value: 'Yes' },
          { kind: 'condition', field: 'date', operator: 'lt', value: '2024-03-01T00:00:00+01:00' },
        ],
      },
    });
    expect(plan.filter).toMatchObject({
      kind: 'and',
      filters: [{ value: 10 }, { value: true }, { value: Date.UTC(2024, 1, 29, 23) }],
    });
  });

  it('refuses operands that are not of the field type', () => {
    expect(
      planError({ filter: { kind: 'condition', field: 'uptime', operator: 'gt', value: 'soon' } })
        .message,
    ).toBe('Bad value for parameter uptime: not a valid int');
  });

  it('refuses operators the field does not accept', () => {
    const error = planError({
      filter: { kind: 'condition', field: 'uptime', operator: 'contains', value: '1' },
    });
    expect(error.parameter).toBe('uptime');
  });

  it('names unknown fields and suggests close ones', () => {
    const error = planError({
      filter: { kind: 'condition', field: 'prodcut', operator: 'matches', value: 'x' },
    });
    expect(error.message).toBe("Unknown field 'prodcut'; did you mean 'product' or 'productid'?");
  });

  it('flattens nested groups and cancels double negations', () => {
    const condition = {
      kind: 'condition',
      field: 'signature',
      operator: 'is',
      value: 'a',
    } as const;
    const plan = native({
      filter: {
        kind: 'and',
        filters: [
          { kind: 'and', filters: [condition, condition] },
          { kind: 'not', filter: { kind: 'not', filter: condition } },
        ],
      },
    });
    expect(plan.filter).toMatchObject({
      kind: 'and',
      filters: [{ kind: 'condition' }, { kind: 'condition' }, { kind: 'condition' }],
    });
  });

  it('refuses empty groups', () => {
    expect(planError({ filter: { kind: 'or', filters: [] } }).code).toBe(
      'SEARCH_INVALID_PARAMETER',
    );
  });

  it('refuses malformed and too complex regular expressions', () => {
    const regex = (value: string) => ({
      filter: { kind: 'condition', field: 'signature', operator: 'regex', value } as const,
    });
    expect(planError(regex('a(b')).message).toMatch(
      /^Bad value for parameter signature: not a valid regular expression/,
    );
    expect(planError(regex('(a+)+b')).code).toBe('SEARCH_QUERY_TOO_COMPLEX');
  });

  it('refuses trees that are too deep', () => {
    let filter: SearchQuery['filter'] = { kind: 'condition', field: 'uptime', operator: 'is_null' };
    for (let i = 0; i < 40; i++)
      filter = { kind: 'not', filter: { kind: 'or', filters: [filter] } };
    expect(planError({ filter }).code).toBe('SEARCH_QUERY_TOO_COMPLEX');
  });
});

describe('planSearch: permissions', () => {
  const protectedEverywhere: SearchQuery = {
    filter: {
      kind: 'and',
      filters: [
        { kind: 'condition', field: 'url', operator: 'contains', value: 'bank' },
        { kind: 'condition', field: 'product', operator: 'matches', value: 'Firefox' },
      ],
    },
    columns: ['uuid', 'url'],
    sort: [{ field: 'user_comments', descending: false }],
    aggregations: [
      { kind: 'terms', field: 'url' },
      {
        kind: 'terms',
        field: 'product',
        aggregations: [{ kind: 'cardinality', field: 'user_comments' }],
      },
      { kind: 'histogram', field: 'phc_usable_size' },
    ],
  };

  it('refuses a protected field anywhere in the native API', () => {
    for (const query of [
      { filter: protectedEverywhere.filter },
      { columns: protectedEverywhere.columns },
      { sort: protectedEverywhere.sort },
      { aggregations: [{ kind: 'cardinality', field: 'url' }] as const },
      { aggregations: [{ kind: 'histogram', field: 'phc_usable_size' }] as const },
    ] satisfies SearchQuery[]) {
      const error = planError(query);
      expect(error.code).toBe('SEARCH_FIELD_FORBIDDEN');
      expect(error.status).toBe(403);
    }
  });

  it('drops and strips protected fields on the compatible path', () => {
    const plan = compatible(protectedEverywhere);
    expect(plan.filter).toMatchObject({ kind: 'condition', field: { name: 'product' } });
    expect(plan.columns.map((field) => field.name)).toEqual(['uuid']);
    expect(plan.sort.map((key) => key.field.name)).toEqual(['date', 'uuid']);
    expect(plan.aggregations).toMatchObject([{ key: 'product', aggregations: [] }]);
  });

  it('allows protected fields to callers with the permission', () => {
    const plan = native(protectedEverywhere, PII);
    expect(plan.columns.map((field) => field.name)).toEqual(['uuid', 'url']);
    expect(plan.aggregations.map((aggregation) => aggregation.key)).toEqual([
      'url',
      'product',
      'histogram_phc_usable_size',
    ]);
  });
});

describe('planSearch: order and aggregations', () => {
  it('appends date (newest first) and crash id as tie-breakers', () => {
    expect(
      native({ sort: [{ field: 'product', descending: false }] }).sort.map((key) => [
        key.field.name,
        key.descending,
      ]),
    ).toEqual([
      ['product', false],
      ['date', true],
      ['uuid', false],
    ]);
  });

  it('lets the later of two aggregations with the same key win', () => {
    const plan = native({
      aggregations: [
        { kind: 'terms', field: 'product' },
        { kind: 'terms', field: 'product', aggregations: [{ kind: 'terms', field: 'version' }] },
      ],
    });
    expect(plan.aggregations).toHaveLength(1);
    expect(plan.aggregations[0]).toMatchObject({ aggregations: [{ key: 'version' }] });
  });

  it('resolves histogram intervals and their defaults', () => {
    const plan = native({
      aggregations: [
        { kind: 'histogram', field: 'date' },
        { kind: 'histogram', field: 'uptime', interval: '60' },
      ],
    });
    expect(plan.aggregations).toMatchObject([{ interval: 'day' }, { interval: 60 }]);
    expect(
      planError({ aggregations: [{ kind: 'histogram', field: 'date', interval: '2d' }] }).parameter,
    ).toBe('_histogram_interval.date');
    expect(
      planError({ aggregations: [{ kind: 'histogram', field: 'uptime', interval: 0.5 }] })
        .parameter,
    ).toBe('_histogram_interval.uptime');
    expect(planError({ aggregations: [{ kind: 'histogram', field: 'product' }] }).parameter).toBe(
      '_histogram.product',
    );
  });
});
