/** Search cases: protected fields and refused parameters. */
import { RECENT, byDefaultOrder, recent, termsFacet } from '../search-expectations.js';
import { count, type SearchCase } from './search-case.js';

/** Protected fields and refused parameters. */
export const PERMISSION_CASES: readonly SearchCase[] = [
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
