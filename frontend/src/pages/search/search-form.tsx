/** The search form: filters, date range and options; submitting puts the search in the URL. */
import { useState } from 'react';
import type { Catalog } from '../../catalog/use-catalog';
import { DateRangeEditor } from './date-range-editor';
import { FilterBuilder } from './filter-builder';
import { SearchOptions } from './search-options';
import { fromDraft, toDraft } from './search-draft';
import type { SearchState } from './search-state';

/** Props of SearchForm. */
export interface SearchFormProps {
  /** The search in the URL; the form starts from it. */
  readonly state: SearchState;
  readonly catalog: Catalog;
  /** Called with the new search (first page). */
  readonly onSearch: (state: SearchState) => void;
}

/** Renders the form. */
export function SearchForm({ state, catalog, onSearch }: SearchFormProps) {
  const [draft, setDraft] = useState(() => toDraft(state));
  const filterable = catalog.usable.filter((field) => field.name !== 'date');
  return (
    <form
      className="search-form"
      aria-label="Super Search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch({ ...fromDraft(draft), page: 1, dontRun: false });
      }}
    >
      <FilterBuilder draft={draft} fields={filterable} onChange={setDraft} />
      <DateRangeEditor
        dateFrom={draft.dateFrom}
        dateTo={draft.dateTo}
        onChange={({ dateFrom, dateTo }) => {
          const { dateFrom: _from, dateTo: _to, ...rest } = draft;
          setDraft({ ...rest, ...(dateFrom && { dateFrom }), ...(dateTo && { dateTo }) });
        }}
      />
      <SearchOptions draft={draft} usable={catalog.usable} onChange={setDraft} />
      <div className="form-actions">
        <button type="submit" className="primary">
          Search
        </button>
      </div>
    </form>
  );
}
