/**
 * One line of the filter builder: field (from the catalog, only those the caller may use),
 * operator (the field's own, plain and negated, with the reference's labels) and values
 * (added one by one; known choices are suggested).
 */
import { useId } from 'react';
import {
  OPERATOR_LABELS,
  operatorsOf,
  RANGE_OPERATORS,
  VALUELESS_OPERATORS,
  type CatalogField,
  type OperatorName,
} from '../../catalog/catalog-field';
import { newDraftLine, type DraftLine } from './search-draft';

/** Props of FilterLineEditor. */
export interface FilterLineEditorProps {
  readonly line: DraftLine;
  /** Fields the picker offers. */
  readonly fields: readonly CatalogField[];
  readonly onChange: (line: DraftLine) => void;
  readonly onRemove: () => void;
  /** Names the line for screen readers ("Filter 2"). */
  readonly label: string;
}

/** Renders the line. */
export function FilterLineEditor({
  line,
  fields,
  onChange,
  onRemove,
  label,
}: FilterLineEditorProps) {
  const fieldId = useId();
  const operatorId = useId();
  const valueId = useId();
  const choicesId = useId();
  const field = fields.find((entry) => entry.name === line.field);
  const operators = field ? operatorsOf(field) : [line.operator];
  const takesValue = !VALUELESS_OPERATORS.has(line.operator);
  const isRange = RANGE_OPERATORS.has(line.operator);
  const addPending = () => {
    const value = line.pending.trim();
    if (value === '' || isRange) return;
    onChange({
      ...line,
      values: line.values.includes(value) ? line.values : [...line.values, value],
      pending: '',
    });
  };

  return (
    <fieldset className="filter-line">
      <legend className="visually-hidden">{label}</legend>
      <label htmlFor={fieldId} className="visually-hidden">
        {label}: field
      </label>
      <select
        id={fieldId}
        value={line.field}
        onChange={(event) => {
          const next = fields.find((entry) => entry.name === event.target.value);
          if (!next) return;
          const keep = operatorsOf(next).includes(line.operator);
          onChange(
            keep ? { ...line, field: next.name } : { ...newDraftLine(next), pending: line.pending },
          );
        }}
      >
        {!field && <option value={line.field}>{line.field}</option>}
        {fields.map((entry) => (
          <option key={entry.name} value={entry.name}>
            {entry.name}
          </option>
        ))}
      </select>
      <label htmlFor={operatorId} className="visually-hidden">
        {label}: operator
      </label>
      <select
        id={operatorId}
        value={`${line.negated ? '!' : ''}${line.operator}`}
        onChange={(event) => {
          const negated = event.target.value.startsWith('!');
          const operator = event.target.value.replace(/^!/, '') as OperatorName;
          const values =
            RANGE_OPERATORS.has(operator) || VALUELESS_OPERATORS.has(operator) ? [] : line.values;
          const pending = VALUELESS_OPERATORS.has(operator)
            ? ''
            : line.pending || (RANGE_OPERATORS.has(operator) ? (line.values[0] ?? '') : '');
          onChange({ ...line, operator, negated, values, pending });
        }}
      >
        {operators.flatMap((operator) =>
          [false, true].map((negated) => (
            <option key={`${negated}${operator}`} value={`${negated ? '!' : ''}${operator}`}>
              {OPERATOR_LABELS[operator][negated ? 1 : 0]}
            </option>
          )),
        )}
      </select>
      {takesValue && (
        <span className="values">
          {line.values.map((value) => (
            <span key={value} className="chip">
              {value}
              <button
                type="button"
                aria-label={`Remove value ${value} from ${label}`}
                onClick={() =>
                  onChange({ ...line, values: line.values.filter((entry) => entry !== value) })
                }
              >
                ×
              </button>
            </span>
          ))}
          <label htmlFor={valueId} className="visually-hidden">
            {label}: {isRange ? 'value' : 'add a value'}
          </label>
          <input
            id={valueId}
            type="text"
            list={field && field.choices.length > 0 ? choicesId : undefined}
            value={line.pending}
            placeholder={isRange ? 'value' : line.values.length > 0 ? 'or…' : 'value'}
            onChange={(event) => onChange({ ...line, pending: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !isRange && line.pending.trim() !== '') {
                event.preventDefault();
                addPending();
              }
            }}
          />
          {field && field.choices.length > 0 && (
            <datalist id={choicesId}>
              {field.choices.map((choice) => (
                <option key={choice} value={choice} />
              ))}
            </datalist>
          )}
          {!isRange && (
            <button type="button" onClick={addPending} aria-label={`Add the value to ${label}`}>
              +
            </button>
          )}
        </span>
      )}
      <button
        type="button"
        className="remove-line"
        onClick={onRemove}
        aria-label={`Remove ${label}`}
      >
        Remove
      </button>
    </fieldset>
  );
}
