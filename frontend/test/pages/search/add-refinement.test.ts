import { describe, expect, it } from 'vitest';
import { addRefinement } from '../../../src/pages/search/add-refinement';
import { EMPTY_SEARCH_STATE } from '../../../src/pages/search/search-state';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

describe('addRefinement', () => {
  it('adds an "is exactly" line for fields that have it and goes back to page 1', () => {
    const state = addRefinement(
      { ...EMPTY_SEARCH_STATE, page: 3 },
      FIXTURE_CATALOG.get('signature')!,
      'A | B',
    );
    expect(state.lines).toEqual([
      { field: 'signature', operator: 'is', negated: false, values: ['A | B'] },
    ]);
    expect(state.page).toBe(1);
  });

  it('adds a "matches" line for fields without "is exactly"', () => {
    expect(
      addRefinement(EMPTY_SEARCH_STATE, FIXTURE_CATALOG.get('product')!, 'Firefox').lines,
    ).toEqual([{ field: 'product', operator: 'matches', negated: false, values: ['Firefox'] }]);
  });

  it('does not add the same condition twice', () => {
    const once = addRefinement(EMPTY_SEARCH_STATE, FIXTURE_CATALOG.get('product')!, 'Firefox');
    expect(addRefinement(once, FIXTURE_CATALOG.get('product')!, 'Firefox').lines).toHaveLength(1);
  });
});
