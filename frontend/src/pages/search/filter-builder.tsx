/**
 * The filter builder: lines combined with the reference's rules (different fields AND; within a
 * field, ranges AND and the rest OR), plus explicit groups matching all, any or none of their
 * lines. A sentence under it reads the resulting filter back.
 */
import { useId } from 'react';
import type { CatalogField } from '../../catalog/catalog-field';
import { describeFilter } from './describe-filter';
import { FilterLineEditor } from './filter-line-editor';
import {
  fromDraft,
  newDraftLine,
  type DraftGroup,
  type DraftLine,
  type SearchDraft,
} from './search-draft';
import type { GroupMatch } from './search-state';
import { toSearchFilter } from './to-search-input';

const MATCH_LABELS: Record<GroupMatch, string> = {
  all: 'all of these',
  any: 'any of these',
  none: 'none of these',
};

function LineList({
  lines,
  fields,
  labelPrefix,
  onChange,
}: {
  readonly lines: readonly DraftLine[];
  readonly fields: readonly CatalogField[];
  readonly labelPrefix: string;
  readonly onChange: (lines: readonly DraftLine[]) => void;
}) {
  const firstField = fields.find((field) => field.name === 'signature') ?? fields[0];
  return (
    <div className="filter-lines">
      {lines.map((line, index) => (
        <FilterLineEditor
          key={index}
          line={line}
          fields={fields}
          label={`${labelPrefix} ${index + 1}`}
          onChange={(changed) =>
            onChange(lines.map((entry, at) => (at === index ? changed : entry)))
          }
          onRemove={() => onChange(lines.filter((_, at) => at !== index))}
        />
      ))}
      {firstField && (
        <button
          type="button"
          className="add-line"
          onClick={() => onChange([...lines, newDraftLine(firstField)])}
        >
          New line{labelPrefix === 'Filter' ? '' : ` in ${labelPrefix.toLowerCase()}`}
        </button>
      )}
    </div>
  );
}

function GroupEditor({
  group,
  index,
  fields,
  onChange,
  onRemove,
}: {
  readonly group: DraftGroup;
  readonly index: number;
  readonly fields: readonly CatalogField[];
  readonly onChange: (group: DraftGroup) => void;
  readonly onRemove: () => void;
}) {
  const matchId = useId();
  return (
    <fieldset className="filter-group">
      <legend>
        Group {index + 1}: crashes matching{' '}
        <label htmlFor={matchId} className="visually-hidden">
          Group {index + 1} matches
        </label>
        <select
          id={matchId}
          value={group.match}
          onChange={(event) => onChange({ ...group, match: event.target.value as GroupMatch })}
        >
          {(Object.keys(MATCH_LABELS) as GroupMatch[]).map((match) => (
            <option key={match} value={match}>
              {MATCH_LABELS[match]}
            </option>
          ))}
        </select>
      </legend>
      <LineList
        lines={group.lines}
        fields={fields}
        labelPrefix={`Group ${index + 1} line`}
        onChange={(lines) => onChange({ ...group, lines })}
      />
      <button type="button" onClick={onRemove}>
        Remove group {index + 1}
      </button>
    </fieldset>
  );
}

/** Props of FilterBuilder. */
export interface FilterBuilderProps {
  readonly draft: SearchDraft;
  /** Fields the picker offers (usable, filterable). */
  readonly fields: readonly CatalogField[];
  readonly onChange: (draft: SearchDraft) => void;
}

/** Renders the lines, the groups and the reading of the filter. */
export function FilterBuilder({ draft, fields, onChange }: FilterBuilderProps) {
  const firstField = fields.find((field) => field.name === 'signature') ?? fields[0];
  return (
    <section className="filter-builder" aria-labelledby="filters-title">
      <h2 id="filters-title">Filters</h2>
      <LineList
        lines={draft.lines}
        fields={fields}
        labelPrefix="Filter"
        onChange={(lines) => onChange({ ...draft, lines })}
      />
      {draft.groups.map((group, index) => (
        <GroupEditor
          key={index}
          group={group}
          index={index}
          fields={fields}
          onChange={(changed) =>
            onChange({
              ...draft,
              groups: draft.groups.map((entry, at) => (at === index ? changed : entry)),
            })
          }
          onRemove={() =>
            onChange({ ...draft, groups: draft.groups.filter((_, at) => at !== index) })
          }
        />
      ))}
      {firstField && (
        <button
          type="button"
          className="add-group"
          onClick={() =>
            onChange({
              ...draft,
              groups: [...draft.groups, { match: 'any', lines: [newDraftLine(firstField)] }],
            })
          }
        >
          New group
        </button>
      )}
      <p className="filter-reading" aria-live="polite">
        Finds: {describeFilter(toSearchFilter(fromDraft(draft)))}
      </p>
    </section>
  );
}
