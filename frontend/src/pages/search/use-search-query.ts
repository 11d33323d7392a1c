/** Runs the search for the page's state (unless the URL says `_dont_run=1`). */
import { useMemo } from 'react';
import { gql, useQuery } from 'urql';
import type { Catalog } from '../../catalog/use-catalog';
import { buildSearchQuery, type SearchResult } from './build-search-query';
import type { SearchState } from './search-state';
import { toSearchInput, type SearchInput } from './to-search-input';

/** The document text, the variables and the hook's result. */
export function useSearchQuery(state: SearchState, catalog: Catalog) {
  const input = useMemo(() => toSearchInput(state), [state]);
  const text = useMemo(() => {
    const columns = input.columns
      .map((name) => catalog.byName.get(name))
      .filter((field): field is NonNullable<typeof field> => field !== undefined);
    return buildSearchQuery(columns);
  }, [input, catalog]);
  const query = useMemo(() => gql<{ search: SearchResult }, { query: SearchInput }>(text), [text]);
  const [result] = useQuery({ query, variables: { query: input }, pause: state.dontRun });
  return { result, text, input };
}
