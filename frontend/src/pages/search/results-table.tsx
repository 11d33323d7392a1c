/**
 * The "Crash Reports" tab (§2.3): crash id first, sortable column headers, the signature
 * linking to its report, and every other cell a link that refines the search to that value.
 */
import type { Catalog } from '../../catalog/use-catalog';
import { formatDateTime } from '../../format/format-date-time';
import { Link } from '../../routing/link';
import { reportPath, signaturePath } from '../../routing/match-route';
import { addRefinement } from './add-refinement';
import { formatSearchParams } from './format-search-params';
import type { SearchState } from './search-state';

/** Props of ResultsTable. */
export interface ResultsTableProps {
  readonly state: SearchState;
  readonly catalog: Catalog;
  readonly hits: readonly Readonly<Record<string, unknown>>[];
  /** The URL of a search state. */
  readonly searchHref: (state: SearchState) => string;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Renders the table. */
export function ResultsTable({ state, catalog, hits, searchHref }: ResultsTableProps) {
  const columns = state.columns.filter((column) => column !== 'uuid');
  const sortKey = state.sort[0];
  const sortedHref = (field: string) => {
    const descending = sortKey?.field === field ? !sortKey.descending : false;
    return searchHref({ ...state, sort: [{ field, descending }], page: 1 });
  };
  const ariaSort = (field: string) =>
    sortKey?.field === field ? (sortKey.descending ? 'descending' : 'ascending') : undefined;
  const uuidField = catalog.byName.get('uuid');
  return (
    <div className="table-scroll">
      <table className="results-table">
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('uuid')}>
              Crash ID
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" aria-sort={ariaSort(column)}>
                <Link href={sortedHref(column)} title={`Sort by ${column}`} className="sort-link">
                  {column}
                  {sortKey?.field === column && (
                    <span aria-hidden="true">{sortKey.descending ? ' ▼' : ' ▲'}</span>
                  )}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hits.map((hit, index) => {
            const crashId = cellText(hit[uuidField?.graphqlName ?? 'uuid']);
            return (
              <tr key={crashId || index}>
                <td>
                  <Link href={reportPath(crashId)} className="crash-id">
                    {crashId}
                  </Link>
                </td>
                {columns.map((column) => {
                  const field = catalog.byName.get(column);
                  const value = field ? hit[field.graphqlName] : undefined;
                  const text = cellText(value);
                  if (!field || text === '') return <td key={column} />;
                  if (field.queryType === 'date')
                    return <td key={column}>{formatDateTime(text)}</td>;
                  const refine = searchHref(addRefinement(state, field, text));
                  if (column === 'signature') {
                    return (
                      <td key={column} className="signature">
                        <Link href={signaturePath(text)}>{text}</Link>{' '}
                        <Link
                          href={refine}
                          className="refine"
                          aria-label={`Add ${column} ${text} to the search`}
                        >
                          Add term
                        </Link>
                      </td>
                    );
                  }
                  return (
                    <td key={column}>
                      <Link href={refine} title={`Search for crashes where ${column} is ${text}`}>
                        {text}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The search URL of a state. */
export function searchUrl(state: SearchState): string {
  const query = formatSearchParams(state).toString();
  return query === '' ? '/search/' : `/search/?${query}`;
}
