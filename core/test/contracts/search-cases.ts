/**
 * The search conformance cases: filters × operators × types, combination rules, dates,
 * facets, nested aggregations, histograms, cardinality, sort, pagination and permissions.
 * Every adapter must give exactly these answers over the fixture (search-crashes.ts).
 */
import type { ErrorCode } from '../../src/errors.js';
import type { SearchFacets, SearchHit } from '../../src/ports/search-index.js';
import type { SearchQuery } from '../../src/search/search-query.js';
import {
  OLD_CRASHES,
  SEARCH_FIXTURE,
  SEARCH_NOW,
  type CrashFacts,
} from '../fixtures/search-crashes.js';
import {
  RECENT,
  byDefaultOrder,
  cardinality,
  dayOf,
  defaultHits,
  histogramFacet,
  recent,
  semicolonTokens,
  stackFunctions,
  termsFacet,
} from './search-expectations.js';

/** What a case must answer; absent parts are not checked. */
export interface SearchExpectation {
  readonly total?: number;
  readonly hits?: readonly SearchHit[];
  readonly facets?: SearchFacets;
}

/** One query and its answer. */
export interface SearchCase {
  readonly name: string;
  /** A Crash Stats query string (planned with drop-and-strip), or a native query. */
  readonly crashStats?: string;
  readonly query?: SearchQuery;
  /** Whether the caller holds view_pii. @defaultValue true */
  readonly hasPii?: boolean;
  readonly expect: SearchExpectation | { readonly error: ErrorCode };
}

const ALL_CRASHES = [...SEARCH_FIXTURE, ...OLD_CRASHES];
const SINCE_FEBRUARY = ALL_CRASHES.filter((c) => c.dateMs >= Date.UTC(2024, 1, 1));
const JS_SIGNATURES = [
  'js::GCMarker::markChildren',
  'mozilla::dom::Element::Focus | js::RunScript',
];
const count = (predicate: (crash: CrashFacts) => boolean) => recent(predicate).length;
const uuidHits = (crashes: CrashFacts[]) => crashes.map((crash) => ({ uuid: crash.uuid }));
const signatureFacet = (crashes: CrashFacts[]) => ({
  signature: termsFacet(crashes, (crash) => crash.signature),
});

const FILTER_CASES: SearchCase[] = [
  {
    name: 'the default search: last 7 days, newest first, facet on signature',
    crashStats: '',
    expect: { total: RECENT.length, hits: defaultHits(RECENT), facets: signatureFacet(RECENT) },
  },
  {
    name: 'bare value on analysed text matches whole words, case-insensitively',
    crashStats: 'product=firefox&_facets=',
    expect: { total: count((c) => c.product === 'Firefox'), facets: {} },
  },
  {
    name: 'negated bare value',
    crashStats: 'product=!Firefox',
    expect: { total: count((c) => c.product !== 'Firefox') },
  },
  {
    name: 'bare value matches any word of the signature',
    crashStats: 'signature=JS',
    expect: { total: count((c) => JS_SIGNATURES.includes(c.signature)) },
  },
  {
    name: 'bare value with several words matches any of them',
    crashStats: 'signature=Focus small',
    expect: {
      total: count((c) => c.signature === 'OOM | small' || c.signature.includes('Focus')),
    },
  },
  {
    name: 'bare value with no word in it matches nothing',
    crashStats: 'signature=::',
    expect: { total: 0 },
  },
  {
    name: 'non-ASCII words',
    crashStats: 'signature=zürich',
    expect: { total: count((c) => c.signature === 'Zürich::Ünïcode') },
  },
  {
    name: 'is exactly',
    crashStats: 'signature==OOM | small',
    expect: { total: count((c) => c.signature === 'OOM | small') },
  },
  {
    name: 'contains is case-sensitive and matches the whole value',
    crashStats: 'signature=~::&signature=~Ünï',
    expect: { total: count((c) => c.signature.includes('::')) },
  },
  {
    name: 'contains is case-sensitive',
    crashStats: 'signature=~markchildren',
    expect: { total: 0 },
  },
  {
    name: 'contains treats wildcard characters literally',
    crashStats: 'signature=~*',
    expect: { total: 0 },
  },
  {
    name: 'starts with and ends with',
    crashStats: 'signature=^js&_facets=signature',
    expect: {
      total: count((c) => c.signature.startsWith('js')),
      facets: signatureFacet(recent((c) => c.signature.startsWith('js'))),
    },
  },
  {
    name: 'ends with',
    crashStats: 'signature=$(int)',
    expect: { total: count((c) => c.signature.endsWith('(int)')) },
  },
  {
    name: 'regular expressions match the whole value',
    crashStats: 'signature=@.*Shut[a-z]%2B&_facets=',
    expect: { total: count((c) => /^.*Shut[a-z]+$/.test(c.signature)), facets: {} },
  },
  {
    name: 'regular expressions are anchored',
    crashStats: 'signature=@js',
    expect: { total: 0 },
  },
  {
    name: 'a bare beta version matches every beta of it',
    crashStats: 'version=120.0b',
    expect: { total: count((c) => c.version.startsWith('120.0b')) },
  },
  {
    name: 'bare value on a keyword field is case-insensitive equality',
    crashStats: 'version=120.0&release_channel=BETA',
    expect: { total: count((c) => c.version === '120.0' && c.releaseChannel === 'beta') },
  },
  {
    name: 'ranges on one field are ANDed',
    crashStats: 'uptime=>10&uptime=<=70',
    expect: { total: count((c) => c.uptime !== undefined && c.uptime > 10 && c.uptime <= 70) },
  },
  {
    name: 'missing values',
    crashStats: 'uptime=__null__',
    expect: { total: count((c) => c.uptime === undefined) },
  },
  {
    name: 'present values',
    crashStats: 'uptime=!__null__',
    expect: { total: count((c) => c.uptime !== undefined) },
  },
  {
    name: 'a range then a non-range on one field are ORed',
    crashStats: 'uptime=>100&uptime=__null__',
    expect: { total: count((c) => c.uptime === undefined || c.uptime > 100) },
  },
  {
    name: 'a negated range also matches crashes without the value',
    crashStats: 'uptime=!>20',
    expect: { total: count((c) => !(c.uptime !== undefined && c.uptime > 20)) },
  },
  {
    name: 'floats',
    crashStats: 'uptime_ts=>=3.5&uptime_ts=<9',
    expect: { total: count((c) => c.uptimeTs >= 3.5 && c.uptimeTs < 9) },
  },
  {
    name: 'is true, with explicit nulls indexed as false',
    crashStats: 'startup_crash=__true__',
    expect: { total: count((c) => c.startupCrash === true) },
  },
  {
    name: 'is false',
    crashStats: 'startup_crash=!__true__',
    expect: { total: count((c) => c.startupCrash !== true) },
  },
  {
    name: 'bare boolean',
    crashStats: 'startup_crash=false',
    expect: { total: count((c) => c.startupCrash !== true) },
  },
  {
    name: 'bare integer from a numeric string in the crash',
    crashStats: 'build_id=20240301000002&build_id=20240301000003',
    expect: { total: count((c) => c.buildId >= 20240301000002) },
  },
  {
    name: 'field read from the stack walker output',
    crashStats: 'cpu_count=8',
    expect: { total: count((c) => c.cpuCount === 8) },
  },
  {
    name: 'field read from a nested processed-crash object',
    crashStats: 'memory_explicit=>=500000',
    expect: { total: count((c) => (c.memoryExplicit ?? 0) >= 500_000) },
  },
  {
    name: 'list field: one element equals',
    crashStats: 'addons=UBLOCK@raymondhill.net:1.5',
    expect: { total: count((c) => c.addons?.includes('ublock@raymondhill.net:1.5') === true) },
  },
  {
    name: 'list field: negated contains',
    crashStats: 'addons=!~ublock',
    expect: { total: count((c) => !c.addons?.some((addon) => addon.includes('ublock'))) },
  },
  {
    name: 'list field: missing',
    crashStats: 'addons=__null__',
    expect: { total: count((c) => c.addons === undefined) },
  },
  {
    name: '`;` list: bare value matches an item, case-insensitively',
    crashStats: 'modules_in_stack=XUL.dll/AA11',
    expect: {
      total: count((c) => semicolonTokens(c.modulesInStack)?.includes('xul.dll/aa11') === true),
    },
  },
  {
    name: '`;` list: is exactly compares with the lowercased items',
    crashStats: 'modules_in_stack==XUL.DLL/DD44',
    expect: { total: 0 },
  },
  {
    name: '`;` list: contains works item by item',
    crashStats: 'modules_in_stack=~xul.dll',
    expect: {
      total: count(
        (c) => semicolonTokens(c.modulesInStack)?.some((m) => m.includes('xul.dll')) === true,
      ),
    },
  },
  {
    name: 'function anywhere in the crashing stack',
    crashStats: 'stack_function=nsdocshell::load',
    expect: { total: count((c) => c.functions.includes('nsDocShell::Load')) },
  },
  {
    name: 'inlined functions count as stack functions',
    crashStats: 'stack_function=~InlinedHelper',
    expect: { total: count((c) => c.inlineFunctions.length > 0) },
  },
  {
    name: 'module and file in the crashing stack',
    crashStats: 'stack_module=ntdll.dll&stack_file=$.h',
    expect: {
      total: count((c) => c.modules.includes('ntdll.dll') && c.inlineFunctions.length > 0),
    },
  },
  {
    name: 'a value the crash held with the wrong type is stored as BAD DATA',
    crashStats: 'android_model==BAD DATA',
    expect: { total: count((c) => c.n === 5) },
  },
  {
    name: 'different parameters are ANDed',
    crashStats: 'platform=windows&product=Firefox',
    expect: { total: count((c) => c.platform === 'Windows NT' && c.product === 'Firefox') },
  },
  {
    name: 'the reference quirk: negated operators of one parameter are ORed',
    crashStats: 'signature=!=OOM | small&signature=!=nsFoo::Bar(int)',
    expect: { total: RECENT.length },
  },
  {
    name: 'native NOT of an OR group excludes both values',
    query: {
      filter: {
        kind: 'not',
        filter: {
          kind: 'or',
          filters: [
            { kind: 'condition', field: 'signature', operator: 'is', value: 'OOM | small' },
            { kind: 'condition', field: 'signature', operator: 'is', value: 'nsFoo::Bar(int)' },
          ],
        },
      },
    },
    expect: { total: count((c) => !['OOM | small', 'nsFoo::Bar(int)'].includes(c.signature)) },
  },
  {
    name: 'native AND across fields inside an OR',
    query: {
      filter: {
        kind: 'or',
        filters: [
          {
            kind: 'and',
            filters: [
              { kind: 'condition', field: 'product', operator: 'matches', value: 'Fenix' },
              { kind: 'condition', field: 'uptime', operator: 'lt', value: 50 },
            ],
          },
          { kind: 'condition', field: 'platform', operator: 'matches', value: 'Linux' },
        ],
      },
    },
    expect: {
      total: count(
        (c) =>
          (c.product === 'Fenix' && c.uptime !== undefined && c.uptime < 50) ||
          c.platform === 'Linux',
      ),
    },
  },
];

const DATE_CASES: SearchCase[] = [
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

const ordered = (compare: (a: CrashFacts, b: CrashFacts) => number) =>
  [...byDefaultOrder(RECENT)].sort(compare);

const HIT_CASES: SearchCase[] = [
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

const FACET_CASES: SearchCase[] = [
  {
    name: 'facets on text, keyword, boolean, list and `;` list fields, cut to the facet size',
    crashStats:
      '_facets=platform&_facets=version&_facets=startup_crash&_facets=addons&_facets=modules_in_stack&_facets=uptime&_facets_size=3',
    expect: {
      facets: {
        platform: termsFacet(RECENT, (c) => c.platform, 3),
        version: termsFacet(RECENT, (c) => c.version, 3),
        startup_crash: termsFacet(RECENT, (c) => (c.startupCrash === true ? 'T' : 'F'), 3),
        addons: termsFacet(RECENT, (c) => c.addons, 3),
        modules_in_stack: termsFacet(RECENT, (c) => semicolonTokens(c.modulesInStack), 3),
        uptime: termsFacet(RECENT, (c) => c.uptime, 3),
      },
    },
  },
  {
    name: 'facets on stack functions',
    crashStats: '_facets=stack_function&_facets_size=4&_results_number=0',
    expect: { facets: { stack_function: termsFacet(RECENT, stackFunctions, 4) } },
  },
  {
    name: 'distinct counts',
    crashStats:
      '_facets=_cardinality.platform&_facets=_cardinality.addons&_facets=_cardinality.uptime',
    expect: {
      facets: {
        cardinality_platform: cardinality(RECENT, (c) => c.platform),
        cardinality_addons: cardinality(RECENT, (c) => c.addons),
        cardinality_uptime: cardinality(RECENT, (c) => c.uptime),
      },
    },
  },
  {
    name: 'nested aggregation product → version with a distinct count inside',
    crashStats: '_facets=&_aggs.product.version=_cardinality.install_time',
    expect: {
      facets: {
        product: termsFacet(
          RECENT,
          (c) => c.product,
          50,
          (byProduct) => ({
            version: termsFacet(
              byProduct,
              (c) => c.version,
              50,
              (byVersion) => ({
                cardinality_install_time: cardinality(byVersion, (c) => c.installTime),
              }),
            ),
          }),
        ),
      },
    },
  },
  {
    name: 'signature aggregation with sub-facets, cut per bucket',
    crashStats:
      '_facets=&_aggs.signature=platform&_aggs.signature=_cardinality.uuid&_facets_size=2',
    expect: {
      facets: {
        signature: termsFacet(
          RECENT,
          (c) => c.signature,
          2,
          (bySignature) => ({
            platform: termsFacet(bySignature, (c) => c.platform, 2),
            cardinality_uuid: cardinality(bySignature, (c) => c.uuid),
          }),
        ),
      },
    },
  },
  {
    name: 'date histogram by day with sub-facets',
    crashStats: '_facets=&_histogram.date=product&_histogram.date=platform',
    expect: {
      facets: {
        histogram_date: histogramFacet(RECENT, dayOf, (byDay) => ({
          product: termsFacet(byDay, (c) => c.product),
          platform: termsFacet(byDay, (c) => c.platform),
        })),
      },
    },
  },
  {
    name: 'weekly histogram buckets start on Mondays',
    crashStats: '_facets=_histogram.date&_histogram_interval.date=week&date=>=2024-02-01',
    expect: {
      facets: {
        histogram_date: histogramFacet(SINCE_FEBRUARY, (c) => {
          const day = Math.floor(c.dateMs / 86_400_000);
          const monday = day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
          return new Date(monday * 86_400_000).toISOString();
        }),
      },
    },
  },
  {
    name: 'monthly histogram',
    crashStats: '_facets=_histogram.date&_histogram_interval.date=month&date=>=2024-02-01',
    expect: {
      facets: {
        histogram_date: histogramFacet(SINCE_FEBRUARY, (c) => {
          const date = new Date(c.dateMs);
          return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)).toISOString();
        }),
      },
    },
  },
  {
    name: 'number histogram with an interval, missing values left out',
    crashStats: '_facets=&_histogram.uptime=release_channel&_histogram_interval.uptime=20',
    expect: {
      facets: {
        histogram_uptime: histogramFacet(
          RECENT,
          (c) => (c.uptime === undefined ? undefined : Math.floor(c.uptime / 20) * 20),
          (bucket) => ({ release_channel: termsFacet(bucket, (c) => c.releaseChannel) }),
        ),
      },
    },
  },
  {
    name: 'histogram of a long field as a facet value',
    crashStats: '_facets=_histogram.build_id&_histogram_interval.build_id=2',
    expect: {
      facets: {
        histogram_build_id: histogramFacet(RECENT, (c) => Math.floor(c.buildId / 2) * 2),
      },
    },
  },
  {
    name: 'facet size 0 turns aggregations off',
    crashStats: '_facets_size=0&_facets=platform',
    expect: { facets: {} },
  },
];

const PERMISSION_CASES: SearchCase[] = [
  {
    name: 'without view_pii, protected filters, facets and columns are dropped and stripped',
    crashStats:
      'url=~bank&_columns=uuid&_columns=url&_facets=url&_facets=product&_results_number=2',
    hasPii: false,
    expect: {
      total: RECENT.length,
      hits: byDefaultOrder(RECENT)
        .slice(0, 2)
        .map((c) => ({ uuid: c.uuid })),
      facets: { product: termsFacet(RECENT, (c) => c.product) },
    },
  },
  {
    name: 'with view_pii, protected fields are searchable and returned',
    crashStats: 'url=~bank&_columns=uuid&_columns=url&_facets=user_comments',
    expect: {
      total: count((c) => c.url !== undefined),
      hits: byDefaultOrder(recent((c) => c.url !== undefined)).map((c) => ({
        uuid: c.uuid,
        url: c.url,
      })),
      facets: {
        user_comments: termsFacet(
          recent((c) => c.url !== undefined),
          (c) => c.userComments,
        ),
      },
    },
  },
  {
    name: 'the native API refuses a protected field without view_pii',
    query: {
      filter: { kind: 'condition', field: 'user_comments', operator: 'matches', value: 'password' },
    },
    hasPii: false,
    expect: { error: 'SEARCH_FIELD_FORBIDDEN' },
  },
  {
    name: 'bad parameters are refused',
    crashStats: '_results_number=1001',
    expect: { error: 'SEARCH_INVALID_PARAMETER' },
  },
];

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
