/**
 * The signature report's filters (§2.5): the Super Search filter builder on every field but
 * signature and date, and the date range.
 */
import { useState } from 'react';
import type { Catalog } from '../../catalog/use-catalog';
import { DateRangeEditor } from '../search/date-range-editor';
import { FilterBuilder } from '../search/filter-builder';
import { fromDraft, toDraft } from '../search/search-draft';
import type { SearchState } from '../search/search-state';

/** Props of SignatureFilterForm. */
export interface SignatureFilterFormProps {
  readonly state: SearchState;
  readonly catalog: Catalog;
  readonly onApply: (state: SearchState) => void;
}

/** Renders the form in a disclosure. */
export function SignatureFilterForm({ state, catalog, onApply }: SignatureFilterFormProps) {
  const [draft, setDraft] = useState(() => toDraft(state));
  const fields = catalog.usable.filter(
    (field) => field.name !== 'signature' && field.name !== 'date',
  );
  return (
    <details className="signature-filters" open={state.lines.length > 0 || state.groups.length > 0}>
      <summary>Filters and dates</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onApply({ ...fromDraft(draft), page: 1 });
        }}
      >
        <FilterBuilder draft={draft} fields={fields} onChange={setDraft} />
        <DateRangeEditor
          dateFrom={draft.dateFrom}
          dateTo={draft.dateTo}
          onChange={({ dateFrom, dateTo }) => {
            const { dateFrom: _from, dateTo: _to, ...rest } = draft;
            setDraft({ ...rest, ...(dateFrom && { dateFrom }), ...(dateTo && { dateTo }) });
          }}
        />
        <button type="submit" className="primary">
          Apply
        </button>
      </form>
    </details>
  );
}
