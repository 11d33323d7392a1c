/**
 * The form's working copy of a search: like SearchState, but each filter line also holds the
 * text typed and not yet added as a value, so pressing Search never loses it. Range lines keep
 * their one value in that text box.
 */
import { RANGE_OPERATORS, VALUELESS_OPERATORS } from '../../catalog/catalog-field';
import type { FilterLine, GroupMatch, SearchState } from './search-state';

/** A line being edited. */
export interface DraftLine extends FilterLine {
  /** Text in the value box, not added yet. */
  readonly pending: string;
}

/** A group being edited. */
export interface DraftGroup {
  readonly match: GroupMatch;
  readonly lines: readonly DraftLine[];
}

/** The form's state. */
export interface SearchDraft extends Omit<SearchState, 'lines' | 'groups'> {
  readonly lines: readonly DraftLine[];
  readonly groups: readonly DraftGroup[];
}

function toDraftLine(line: FilterLine): DraftLine {
  if (RANGE_OPERATORS.has(line.operator))
    return { ...line, values: [], pending: line.values[0] ?? '' };
  return { ...line, pending: '' };
}

/** The draft of a state. */
export function toDraft(state: SearchState): SearchDraft {
  return {
    ...state,
    lines: state.lines.map(toDraftLine),
    groups: state.groups.map((group) => ({
      match: group.match,
      lines: group.lines.map(toDraftLine),
    })),
  };
}

/**
 * The line the draft line stands for, or undefined when it has nothing to compare with. Range
 * lines take one value (the reference ANDs ranges, so two values belong on two lines).
 */
function fromDraftLine(line: DraftLine): FilterLine | undefined {
  const { pending, ...rest } = line;
  if (VALUELESS_OPERATORS.has(line.operator)) return { ...rest, values: [] };
  const typed = pending.trim();
  const values = RANGE_OPERATORS.has(line.operator)
    ? [typed || line.values[0] || ''].filter((value) => value !== '')
    : [...line.values, ...(typed === '' || line.values.includes(typed) ? [] : [typed])];
  return values.length === 0 ? undefined : { ...rest, values };
}

function fromDraftLines(lines: readonly DraftLine[]): FilterLine[] {
  return lines.map(fromDraftLine).filter((line): line is FilterLine => line !== undefined);
}

/** The state a submitted draft asks for: typed values added, empty lines and groups dropped. */
export function fromDraft(draft: SearchDraft): SearchState {
  return {
    ...draft,
    lines: fromDraftLines(draft.lines),
    groups: draft.groups
      .map((group) => ({ match: group.match, lines: fromDraftLines(group.lines) }))
      .filter((group) => group.lines.length > 0),
  };
}

/** A new line on `field`: its first operator that is "matches", else its first one. */
export function newDraftLine(field: {
  readonly name: string;
  readonly operators: readonly string[];
}): DraftLine {
  const operator = field.operators.includes('matches')
    ? 'matches'
    : (field.operators[0] ?? 'matches');
  return {
    field: field.name,
    operator: operator as FilterLine['operator'],
    negated: false,
    values: [],
    pending: '',
  };
}
