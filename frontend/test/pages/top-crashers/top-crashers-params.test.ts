import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTopCrashersParams,
  parseTopCrashersParams,
  toTopCrashersInput,
  TOP_CRASHERS_CHOICES,
  type TopCrashersParams,
} from '../../../src/pages/top-crashers/top-crashers-params';

describe('parseTopCrashersParams', () => {
  it('reads the reference parameter names', () => {
    const { params, problems } = parseTopCrashersParams(
      new URLSearchParams(
        'product=Firefox&version=120.0&version=121.0b&process_type=content&platform=Windows&_report_type=any&days=14&_tcbs_mode=byday&_range_type=build&_facets_size=100',
      ),
    );
    expect(problems).toEqual([]);
    expect(params).toEqual({
      product: 'Firefox',
      versions: ['120.0', '121.0b'],
      processType: 'content',
      platform: 'Windows',
      reportType: 'any',
      days: 14,
      mode: 'byday',
      rangeType: 'build',
      resultCount: 100,
    });
  });

  it('leaves missing and empty values at the API defaults', () => {
    expect(
      parseTopCrashersParams(new URLSearchParams('product=Firefox&version=&platform=')).params,
    ).toEqual({
      product: 'Firefox',
      versions: [],
    });
  });

  it('reports values outside the choices and ignores them', () => {
    const { params, problems } = parseTopCrashersParams(
      new URLSearchParams('product=Firefox&days=5&process_type=web'),
    );
    expect(params).toEqual({ product: 'Firefox', versions: [] });
    expect(problems).toEqual([
      'process_type must be one of parent, any, content, gpu, plugin, rdd, socket, utility, other; "web" was ignored.',
      'days must be one of 7, 1, 3, 14, 28; "5" was ignored.',
    ]);
  });
});

describe('toTopCrashersInput', () => {
  it('sends only what was chosen', () => {
    expect(toTopCrashersInput({ product: 'Firefox', versions: [], days: 3 })).toEqual({
      product: 'Firefox',
      days: 3,
    });
    expect(toTopCrashersInput({ product: 'Firefox', versions: ['1.0'] })).toEqual({
      product: 'Firefox',
      versions: ['1.0'],
    });
  });
});

describe('Top Crashers URL state round trip', () => {
  it('parses what it formats back into the same parameters', () => {
    const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const params = fc.record(
      {
        product: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,9}$/),
        versions: fc.array(fc.stringMatching(/^[0-9][0-9.ab]{0,5}$/), { maxLength: 3 }),
        processType: maybe(fc.constantFrom(...TOP_CRASHERS_CHOICES.processType)),
        platform: maybe(fc.constantFrom('Windows', 'Mac OS X', 'Linux')),
        reportType: maybe(fc.constantFrom(...TOP_CRASHERS_CHOICES.reportType)),
        days: maybe(fc.constantFrom(...TOP_CRASHERS_CHOICES.days)),
        mode: maybe(fc.constantFrom(...TOP_CRASHERS_CHOICES.mode)),
        rangeType: maybe(fc.constantFrom(...TOP_CRASHERS_CHOICES.rangeType)),
        resultCount: maybe(fc.constantFrom(...TOP_CRASHERS_CHOICES.resultCount)),
      },
      { requiredKeys: ['product', 'versions'] },
    ) as fc.Arbitrary<TopCrashersParams>;
    fc.assert(
      fc.property(params, (original) => {
        const parsed = parseTopCrashersParams(formatTopCrashersParams(original));
        expect(parsed.problems).toEqual([]);
        expect(parsed.params).toEqual(JSON.parse(JSON.stringify(original)));
      }),
      { numRuns: 200, interruptAfterTimeLimit: 5_000 },
    );
  });
});

describe('parseTopCrashersParams on arbitrary query strings', () => {
  it('never throws, and formats back to a string it parses the same way', () => {
    const key = fc.oneof(
      fc.constantFrom('product', 'version', 'process_type', 'platform', '_report_type', 'days'),
      fc.constantFrom('_tcbs_mode', '_range_type', '_facets_size'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.string({ maxLength: 10 })), { maxLength: 10 }),
        (entries) => {
          const { params } = parseTopCrashersParams(new URLSearchParams(entries));
          expect(parseTopCrashersParams(formatTopCrashersParams(params)).params).toEqual(params);
        },
      ),
      { numRuns: 500, interruptAfterTimeLimit: 3_000 },
    );
  });
});
