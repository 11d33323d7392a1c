/**
 * "More options" of the search form (§2.3): facets, nested aggregations, histograms, columns,
 * sort and page size. Every list comes from the catalog (fields the caller may use).
 */
import { useId } from 'react';
import type { CatalogField } from '../../catalog/catalog-field';
import { HistogramEditor, NestedEditor } from './aggregation-editors';
import type { SearchDraft } from './search-draft';

function MultiSelect({
  label,
  options,
  selected,
  onChange,
}: {
  readonly label: string;
  readonly options: readonly string[];
  readonly selected: readonly string[];
  readonly onChange: (values: string[]) => void;
}) {
  const id = useId();
  const known = new Set(options);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        size={6}
        value={[...selected]}
        onChange={(event) =>
          onChange([...event.target.selectedOptions].map((option) => option.value))
        }
      >
        {[...selected.filter((value) => !known.has(value)), ...options].map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Props of SearchOptions. */
export interface SearchOptionsProps {
  readonly draft: SearchDraft;
  /** Fields the caller may use. */
  readonly usable: readonly CatalogField[];
  readonly onChange: (draft: SearchDraft) => void;
}

const PAGE_SIZES = [10, 25, 50, 100, 200];

/** Renders the options in a disclosure. */
export function SearchOptions({ draft, usable, onChange }: SearchOptionsProps) {
  const sortId = useId();
  const directionId = useId();
  const pageSizeId = useId();
  const facetsSizeId = useId();
  const aggregatable = usable.filter((field) => field.isAggregatable && field.name !== 'date');
  const histogramFields = usable.filter((field) => field.hasHistogram);
  const sort = draft.sort[0];
  return (
    <details className="search-options">
      <summary>More options: facets, aggregations, columns, sort</summary>
      <div className="options-grid">
        <MultiSelect
          label="Facet on"
          options={aggregatable.map((field) => field.name)}
          selected={draft.facets.filter((facet) => !facet.startsWith('_histogram.'))}
          onChange={(facets) =>
            onChange({
              ...draft,
              facets: [
                ...facets,
                ...draft.facets.filter((facet) => facet.startsWith('_histogram.')),
              ],
            })
          }
        />
        <MultiSelect
          label="Show columns"
          options={usable.filter((field) => field.name !== 'uuid').map((field) => field.name)}
          selected={draft.columns}
          onChange={(columns) => onChange({ ...draft, columns })}
        />
        <div className="field">
          <label htmlFor={sortId}>Sort by</label>
          <select
            id={sortId}
            value={sort?.field ?? ''}
            onChange={(event) =>
              onChange({
                ...draft,
                sort:
                  event.target.value === ''
                    ? []
                    : [{ field: event.target.value, descending: sort?.descending ?? true }],
              })
            }
          >
            <option value="">date, newest first (default)</option>
            {usable.map((field) => (
              <option key={field.name} value={field.name}>
                {field.name}
              </option>
            ))}
          </select>
          <label htmlFor={directionId}>Direction</label>
          <select
            id={directionId}
            disabled={!sort}
            value={sort?.descending ? 'desc' : 'asc'}
            onChange={(event) =>
              sort &&
              onChange({
                ...draft,
                sort: [{ field: sort.field, descending: event.target.value === 'desc' }],
              })
            }
          >
            <option value="desc">descending</option>
            <option value="asc">ascending</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={pageSizeId}>Results per page</label>
          <select
            id={pageSizeId}
            value={draft.pageSize}
            onChange={(event) => onChange({ ...draft, pageSize: Number(event.target.value) })}
          >
            {[...new Set([...PAGE_SIZES, draft.pageSize])]
              .sort((a, b) => a - b)
              .map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
          </select>
          <label htmlFor={facetsSizeId}>Terms per facet</label>
          <input
            id={facetsSizeId}
            type="number"
            min={1}
            max={10000}
            placeholder="50"
            value={draft.facetsSize ?? ''}
            onChange={(event) => {
              const { facetsSize: _omitted, ...rest } = draft;
              onChange(
                event.target.value === ''
                  ? rest
                  : { ...rest, facetsSize: Number(event.target.value) },
              );
            }}
          />
        </div>
      </div>
      <NestedEditor draft={draft} fields={aggregatable} onChange={onChange} />
      <HistogramEditor
        draft={draft}
        fields={aggregatable}
        histogramFields={histogramFields}
        onChange={onChange}
      />
    </details>
  );
}
