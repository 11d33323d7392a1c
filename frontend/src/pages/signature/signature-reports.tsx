/** The Reports tab (§2.5): this signature's crashes, paged, with chosen and sortable columns. */
import { useId } from 'react';
import type { Catalog } from '../../catalog/use-catalog';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { EmptyMessage, LoadingMessage } from '../../components/status-messages';
import { navigate } from '../../routing/navigation';
import { Pager } from '../search/pager';
import { ResultsTable } from '../search/results-table';
import type { SearchState } from '../search/search-state';
import { useSearchQuery } from '../search/use-search-query';
import { signatureUrl } from './signature-params';

/** Props of SignatureReports. */
export interface SignatureReportsProps {
  readonly signature: string;
  /** The page's state; its filter must already include the signature. */
  readonly state: SearchState;
  /** The state as the URL has it (without the signature condition), for links. */
  readonly urlState: SearchState;
  readonly catalog: Catalog;
}

/** Renders the column chooser, the pager and the table. */
export function SignatureReports({ signature, state, urlState, catalog }: SignatureReportsProps) {
  const columnsId = useId();
  const { result } = useSearchQuery({ ...state, facets: [], nested: [], histograms: [] }, catalog);
  const { data, fetching, error } = result;
  const href = (next: SearchState) => `${signatureUrl(signature, next)}#tab-reports`;
  const options = catalog.usable.filter((field) => field.name !== 'uuid');
  return (
    <>
      <div className="field">
        <label htmlFor={columnsId}>Columns</label>
        <select
          id={columnsId}
          multiple
          size={5}
          value={[...urlState.columns]}
          onChange={(event) =>
            navigate(
              href({
                ...urlState,
                columns: [...event.target.selectedOptions].map((option) => option.value),
              }),
              {
                replace: true,
              },
            )
          }
        >
          {options.map((field) => (
            <option key={field.name} value={field.name}>
              {field.name}
            </option>
          ))}
        </select>
      </div>
      {error && !data && <GraphqlErrorMessage error={error} what="the reports" />}
      {!data && !error && <LoadingMessage what={fetching ? 'the reports' : 'the table'} />}
      {data && data.search.total === 0 && (
        <EmptyMessage>No crashes of this signature match the filters.</EmptyMessage>
      )}
      {data && data.search.total > 0 && (
        <>
          <Pager
            page={state.page}
            pageSize={state.pageSize}
            total={data.search.total}
            pageHref={(page) => href({ ...urlState, page })}
          />
          <ResultsTable
            state={urlState}
            catalog={catalog}
            hits={data.search.hits}
            searchHref={href}
          />
        </>
      )}
    </>
  );
}
