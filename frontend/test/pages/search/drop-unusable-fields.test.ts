import { describe, expect, it } from 'vitest';
import { dropUnusableFields } from '../../../src/pages/search/drop-unusable-fields';
import { parseSearchParams } from '../../../src/pages/search/parse-search-params';
import { EMPTY_SEARCH_STATE } from '../../../src/pages/search/search-state';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

const isForbidden = (field: string) => field === 'url';

describe('dropUnusableFields', () => {
  it('removes the field from filters, groups, columns, sort, facets and aggregations, naming it once', () => {
    const { state } = parseSearchParams(
      new URLSearchParams(
        'url=~x&product=Firefox&_group.1=any&_group.1.url=~y&_columns=url&_columns=version&_sort=url&_facets=url&_facets=_cardinality.url&_facets=platform&_aggs.url=product&_aggs.product=url&_aggs.product=version&_histogram.date=url',
      ),
      FIXTURE_CATALOG,
    );
    const usable = dropUnusableFields(state, isForbidden);
    expect(usable.dropped).toEqual(['url']);
    expect(usable.state).toEqual({
      ...EMPTY_SEARCH_STATE,
      lines: [{ field: 'product', operator: 'matches', negated: false, values: ['Firefox'] }],
      columns: ['version'],
      facets: ['platform'],
      nested: [{ path: ['product'], values: ['version'] }],
    });
  });

  it('changes nothing when no field is forbidden', () => {
    const { state } = parseSearchParams(
      new URLSearchParams('url=~x&_columns=url'),
      FIXTURE_CATALOG,
    );
    expect(dropUnusableFields(state, () => false)).toEqual({ state, dropped: [] });
  });
});
