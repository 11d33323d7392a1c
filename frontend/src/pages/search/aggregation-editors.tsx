/**
 * The aggregation parts of the search form's options: nested aggregations (`_aggs.<field>`)
 * and histograms (`_histogram.<field>`, with an optional split and interval).
 */
import { useId, useState, type ReactNode } from 'react';
import type { CatalogField } from '../../catalog/catalog-field';
import type { SearchDraft } from './search-draft';

/** What both editors get. */
export interface AggregationEditorProps {
  readonly draft: SearchDraft;
  /** Fields that can be aggregated on. */
  readonly fields: readonly CatalogField[];
  readonly onChange: (draft: SearchDraft) => void;
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

/** Lists, removes and adds nested aggregations. */
export function NestedEditor({ draft, fields, onChange }: AggregationEditorProps) {
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

/** Lists, removes and adds histograms. */
export function HistogramEditor({
  draft,
  onChange,
  fields,
  histogramFields,
}: AggregationEditorProps & {
  /** Fields with histograms (dates and numbers). */
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
