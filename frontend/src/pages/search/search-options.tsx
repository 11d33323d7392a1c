/**
 * "More options" of the search form (§2.3): facets, nested aggregations, histograms, columns,
 * sort and page size. Every list comes from the catalog (fields the caller may use).
 */
import { useId, useState, type ReactNode } from 'react';
import type { CatalogField } from '../../catalog/catalog-field';
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

function FieldSelect({
  label,
  fields,
  value,
  onChange,
  emptyLabel,
}: {
  readonly label: string;
  readonly fields: readonly CatalogField[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly emptyLabel?: string;
}) {
  const id = useId();
  return (
    <span className="field inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {fields.map((field) => (
          <option key={field.name} value={field.name}>
            {field.name}
          </option>
        ))}
      </select>
    </span>
  );
}

function RemovableList({
  items,
  onRemove,
}: {
  readonly items: readonly ReactNode[];
  readonly onRemove: (index: number) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="removable-list">
      {items.map((item, index) => (
        <li key={index}>
          {item}{' '}
          <button type="button" onClick={() => onRemove(index)}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

function NestedEditor({
  draft,
  fields,
  onChange,
}: SearchOptionsProps & { readonly fields: readonly CatalogField[] }) {
  const [outer, setOuter] = useState('product');
  const [inner, setInner] = useState('version');
  return (
    <fieldset>
      <legend>Nested aggregations</legend>
      <RemovableList
        items={draft.nested.map(
          (nested) => `${nested.path.join(' › ')} › ${nested.values.join(', ')}`,
        )}
        onRemove={(index) =>
          onChange({ ...draft, nested: draft.nested.filter((_, at) => at !== index) })
        }
      />
      <FieldSelect label="Bucket by" fields={fields} value={outer} onChange={setOuter} />
      <FieldSelect label="then count" fields={fields} value={inner} onChange={setInner} />
      <button
        type="button"
        onClick={() =>
          onChange({ ...draft, nested: [...draft.nested, { path: [outer], values: [inner] }] })
        }
      >
        Add nested aggregation
      </button>
    </fieldset>
  );
}

function HistogramEditor({
  draft,
  onChange,
  fields,
  histogramFields,
}: SearchOptionsProps & {
  readonly fields: readonly CatalogField[];
  readonly histogramFields: readonly CatalogField[];
}) {
  const intervalId = useId();
  const [field, setField] = useState('date');
  const [splitBy, setSplitBy] = useState('');
  const [interval, setInterval] = useState('');
  const listed = [
    ...draft.facets
      .filter((facet) => facet.startsWith('_histogram.'))
      .map((facet) => facet.slice('_histogram.'.length)),
    ...draft.histograms.map(
      (histogram) => `${histogram.field} split by ${histogram.values.join(', ')}`,
    ),
  ];
  return (
    <fieldset>
      <legend>Histograms</legend>
      <RemovableList
        items={listed}
        onRemove={(index) => {
          const plain = draft.facets.filter((facet) => facet.startsWith('_histogram.'));
          if (index < plain.length)
            onChange({ ...draft, facets: draft.facets.filter((facet) => facet !== plain[index]) });
          else
            onChange({
              ...draft,
              histograms: draft.histograms.filter((_, at) => at !== index - plain.length),
            });
        }}
      />
      <FieldSelect
        label="Histogram of"
        fields={histogramFields}
        value={field}
        onChange={setField}
      />
      <FieldSelect
        label="split by"
        fields={fields}
        value={splitBy}
        onChange={setSplitBy}
        emptyLabel="nothing"
      />
      <span className="field inline">
        <label htmlFor={intervalId}>interval</label>
        <input
          id={intervalId}
          type="text"
          size={6}
          placeholder={field === 'date' ? 'day' : '1'}
          value={interval}
          onChange={(event) => setInterval(event.target.value)}
        />
      </span>
      <button
        type="button"
        onClick={() => {
          const intervals =
            interval.trim() === ''
              ? draft.histogramIntervals
              : { ...draft.histogramIntervals, [field]: interval.trim() };
          if (splitBy === '') {
            const facet = `_histogram.${field}`;
            onChange({
              ...draft,
              histogramIntervals: intervals,
              facets: draft.facets.includes(facet) ? draft.facets : [...draft.facets, facet],
            });
          } else {
            const others = draft.histograms.filter((histogram) => histogram.field !== field);
            onChange({
              ...draft,
              histogramIntervals: intervals,
              histograms: [...others, { field, values: [splitBy] }],
            });
          }
        }}
      >
        Add histogram
      </button>
    </fieldset>
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
      <NestedEditor draft={draft} usable={usable} fields={aggregatable} onChange={onChange} />
      <HistogramEditor
        draft={draft}
        usable={usable}
        fields={aggregatable}
        histogramFields={histogramFields}
        onChange={onChange}
      />
    </details>
  );
}
