/** Search cases: filters: every operator on every kind of field, and the combination rules. */
import { RECENT, defaultHits, recent, semicolonTokens } from '../search-expectations.js';
import { count, signatureFacet, type SearchCase } from './search-case.js';

const JS_SIGNATURES = [
  'js::GCMarker::markChildren',
  'mozilla::dom::Element::Focus | js::RunScript',
];

/** Filters: every operator on every kind of field, and the combination rules. */
export const FILTER_CASES: readonly SearchCase[] = [
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
