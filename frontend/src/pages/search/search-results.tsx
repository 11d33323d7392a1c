/**
 * The results of a search, tabbed as the reference does (§2.3): "Crash Reports" and one tab per
 * facet, nested aggregation and histogram; the active tab is kept in the URL hash.
 */
import type { Catalog } from '../../catalog/use-catalog';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { EmptyMessage, LoadingMessage } from '../../components/status-messages';
import { Tabs, type Tab } from '../../components/tabs';
import { formatCount } from '../../format/format-count';
import { navigate, useLocation } from '../../routing/navigation';
import { AggregationView } from './aggregation-view';
import { Pager } from './pager';
import { QueryPreview } from './query-preview';
import { ResultsTable, searchUrl } from './results-table';
import type { SearchState } from './search-state';
import { useSearchQuery } from './use-search-query';

const REPORTS_TAB = 'crash-reports';

function tabTitle(key: string): string {
  if (key.startsWith('histogram_')) return `${key.slice('histogram_'.length)} histogram`;
  if (key.startsWith('cardinality_')) return `${key.slice('cardinality_'.length)} (distinct)`;
  return key;
}

/** Props of SearchResults. */
export interface SearchResultsProps {
  readonly state: SearchState;
  readonly catalog: Catalog;
}

/** Runs the search and renders its results. */
export function SearchResults({ state, catalog }: SearchResultsProps) {
  const location = useLocation();
  const { result, text, input } = useSearchQuery(state, catalog);
  const { data, fetching, error } = result;
  const selected = location.hash.startsWith('#') ? location.hash.slice(1) : REPORTS_TAB;
  if (error && !data) return <GraphqlErrorMessage error={error} what="the search results" />;
  if (!data) return <LoadingMessage what={fetching ? 'the search results' : 'the results'} />;
  const { search } = data;
  const usesProtectedFields = [
    ...state.lines,
    ...state.groups.flatMap((group) => group.lines),
  ].some((line) => (catalog.byName.get(line.field)?.permission ?? null) !== null);
  const tabs: Tab[] = [
    {
      id: REPORTS_TAB,
      title: `Crash Reports (${formatCount(search.total)})`,
      render: () =>
        search.total === 0 ? (
          <EmptyMessage>
            No crash matches this search. Widen the date range or remove a filter.
          </EmptyMessage>
        ) : (
          <>
            <Pager
              page={state.page}
              pageSize={state.pageSize}
              total={search.total}
              pageHref={(page) => `${searchUrl({ ...state, page })}#${REPORTS_TAB}`}
            />
            <ResultsTable
              state={state}
              catalog={catalog}
              hits={search.hits}
              searchHref={searchUrl}
            />
          </>
        ),
    },
    ...search.aggregations.map((aggregation): Tab => ({
      id: `facet-${aggregation.key}`,
      title: tabTitle(aggregation.key),
      render: () => (
        <AggregationView
          aggregation={aggregation}
          total={search.total}
          state={state}
          catalog={catalog}
          searchHref={searchUrl}
        />
      ),
    })),
  ];
  return (
    <section className="search-results" aria-label="Search results" aria-busy={fetching}>
      {search.errors.length > 0 && (
        <p role="note" className="hint">
          Some data could not be searched:{' '}
          {search.errors.map((issue) => `${issue.type} ${issue.index}`).join(', ')}.
        </p>
      )}
      {error && <GraphqlErrorMessage error={error} what="the latest results" />}
      <Tabs
        label="Results"
        tabs={tabs}
        selected={selected}
        onSelect={(id) =>
          navigate(`${location.pathname}${location.search}#${id}`, { replace: true })
        }
      />
      <QueryPreview
        crashStatsQuery={search.crashStatsQuery}
        usesProtectedFields={usesProtectedFields}
        graphqlText={text}
        variables={{ query: input }}
      />
    </section>
  );
}
