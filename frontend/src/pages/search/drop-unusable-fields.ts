/**
 * Removes from a search every field the caller may not use, and says which. The reference
 * drops them silently (§3.3); the page says so instead, so a shared link from someone with
 * more permissions does not quietly widen into a different search.
 */
import type { FilterLine, SearchState } from './search-state';

/** The search without the unusable fields, and their names. */
export interface UsableSearch {
  readonly state: SearchState;
  /** Field names that were removed, each once, in order of appearance. */
  readonly dropped: readonly string[];
}

/** The field an aggregation value names (`_histogram.date` → `date`). */
function aggregationField(value: string): string {
  return value.replace(/^_(histogram|cardinality)\./, '');
}

/**
 * Drops the fields `isForbidden` names. Unknown names stay: the API rejects them with a
 * suggestion ("did you mean…"), which helps more than a silent removal.
 */
export function dropUnusableFields(
  state: SearchState,
  isForbidden: (field: string) => boolean,
): UsableSearch {
  const dropped = new Set<string>();
  const keep = (field: string) => {
    if (!isForbidden(field)) return true;
    dropped.add(field);
    return false;
  };
  const keepLines = (lines: readonly FilterLine[]) => lines.filter((line) => keep(line.field));
  const result: SearchState = {
    ...state,
    lines: keepLines(state.lines),
    groups: state.groups
      .map((group) => ({ ...group, lines: keepLines(group.lines) }))
      .filter((group) => group.lines.length > 0),
    columns: state.columns.filter(keep),
    sort: state.sort.filter((key) => keep(key.field)),
    facets: state.facets.filter((facet) => keep(aggregationField(facet))),
    nested: state.nested
      .filter((nested) => nested.path.every(keep))
      .map((nested) => ({
        ...nested,
        values: nested.values.filter((value) => keep(aggregationField(value))),
      }))
      .filter((nested) => nested.values.length > 0),
    histograms: state.histograms
      .filter((histogram) => keep(histogram.field))
      .map((histogram) => ({
        ...histogram,
        values: histogram.values.filter((value) => keep(aggregationField(value))),
      }))
      .filter((histogram) => histogram.values.length > 0),
  };
  return { state: result, dropped: [...dropped] };
}
