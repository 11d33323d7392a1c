/** The date range (UTC) with the reference's shortcuts; empty means the last 7 days. */
import { useId } from 'react';
import { applyDateShortcut, DATE_SHORTCUTS } from './date-shortcuts';
import type { DateBound } from './search-state';

/** Props of DateRangeEditor. */
export interface DateRangeEditorProps {
  readonly dateFrom: DateBound | undefined;
  readonly dateTo: DateBound | undefined;
  readonly onChange: (range: {
    dateFrom: DateBound | undefined;
    dateTo: DateBound | undefined;
  }) => void;
  /** The clock for the shortcuts. @defaultValue () => new Date() */
  readonly now?: () => Date;
}

/** A URL date as a datetime-local value (which has no zone; the form says UTC). */
function toInputValue(value: string | undefined): string {
  if (!value) return '';
  const time = Date.parse(
    /[zZ]|[+-]\d\d:?\d\d$/.test(value) || value.length === 10 ? value : `${value}Z`,
  );
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 19);
}

/** Renders the two inputs and the shortcut buttons. */
export function DateRangeEditor({
  dateFrom,
  dateTo,
  onChange,
  now = () => new Date(),
}: DateRangeEditorProps) {
  const fromId = useId();
  const toId = useId();
  return (
    <fieldset className="date-range">
      <legend>Date (UTC)</legend>
      <div className="field">
        <label htmlFor={fromId}>From</label>
        <input
          id={fromId}
          type="datetime-local"
          step={1}
          value={toInputValue(dateFrom?.value)}
          onChange={(event) =>
            onChange({
              dateFrom: event.target.value
                ? { value: event.target.value, inclusive: true }
                : undefined,
              dateTo,
            })
          }
        />
      </div>
      <div className="field">
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="datetime-local"
          step={1}
          value={toInputValue(dateTo?.value)}
          onChange={(event) =>
            onChange({
              dateFrom,
              dateTo: event.target.value
                ? { value: event.target.value, inclusive: false }
                : undefined,
            })
          }
        />
      </div>
      <div className="shortcuts" role="group" aria-label="Date shortcuts">
        {DATE_SHORTCUTS.map((shortcut) => (
          <button
            key={shortcut.label}
            type="button"
            onClick={() => onChange(applyDateShortcut(shortcut, now()))}
          >
            {shortcut.label}
          </button>
        ))}
      </div>
      {!dateFrom && !dateTo && <p className="hint">No dates: the last 7 days.</p>}
    </fieldset>
  );
}
