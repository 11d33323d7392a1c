/**
 * "Refine" links of the results and facets (§2.3): the current search plus one more condition,
 * the field being exactly the clicked value, back on the first page.
 */
import type { CatalogField } from '../../catalog/catalog-field';
import type { SearchState } from './search-state';

/** The state with `field` restricted to `value` ("is exactly" where the field has it, else "matches"). */
export function addRefinement(state: SearchState, field: CatalogField, value: string): SearchState {
  const operator = field.operators.includes('is') ? 'is' : 'matches';
  const exists = state.lines.some(
    (line) =>
      line.field === field.name &&
      line.operator === operator &&
      !line.negated &&
      line.values.includes(value),
  );
  if (exists) return { ...state, page: 1 };
  return {
    ...state,
    lines: [...state.lines, { field: field.name, operator, negated: false, values: [value] }],
    page: 1,
  };
}
