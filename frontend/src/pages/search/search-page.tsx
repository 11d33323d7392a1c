/**
 * Super Search (§2.3). The URL is the state: a Crash Stats query string, so every search is a
 * link, and back and forward re-run earlier searches.
 */
import { useMemo } from 'react';
import { useCatalog, type Catalog } from '../../catalog/use-catalog';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { LoadingMessage } from '../../components/status-messages';
import { useDocumentTitle } from '../../components/use-document-title';
import { navigate, useLocation } from '../../routing/navigation';
import { dropUnusableFields } from './drop-unusable-fields';
import { parseSearchParams } from './parse-search-params';
import { searchUrl } from './results-table';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';

function Search({ catalog }: { readonly catalog: Catalog }) {
  const location = useLocation();
  const parsed = useMemo(() => {
    const { state, problems } = parseSearchParams(
      new URLSearchParams(location.search),
      catalog.byName,
    );
    return { ...dropUnusableFields(state, catalog.isForbidden), problems };
  }, [location.search, catalog]);
  return (
    <>
      {(parsed.problems.length > 0 || parsed.dropped.length > 0) && (
        <ul role="alert" className="problems">
          {parsed.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          {parsed.dropped.length > 0 && (
            <li>
              Left out of this search because they need a permission you do not have:{' '}
              {parsed.dropped.join(', ')}.
            </li>
          )}
        </ul>
      )}
      <SearchForm
        key={location.search}
        state={parsed.state}
        catalog={catalog}
        onSearch={(next) => navigate(searchUrl(next))}
      />
      {parsed.state.dontRun ? (
        <p className="hint">Choose filters and press Search.</p>
      ) : (
        <SearchResults state={parsed.state} catalog={catalog} />
      )}
    </>
  );
}

/** The Super Search page. */
export function SearchPage() {
  useDocumentTitle('Super Search');
  const { catalog, fetching, error } = useCatalog();
  return (
    <section>
      <h1>Super Search</h1>
      {error && <GraphqlErrorMessage error={error} what="the field catalog" />}
      {!catalog && !error && (
        <LoadingMessage what={fetching ? 'the field catalog' : 'the search'} />
      )}
      {catalog && <Search catalog={catalog} />}
    </section>
  );
}
