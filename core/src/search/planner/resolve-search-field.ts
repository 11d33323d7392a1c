/** Looks up a field a query names, for one use, under the caller's permissions. */
import { FIELD_CATALOG, canUseField, findField } from '../../fields/field-catalog.js';
import type { FieldDefinition, FieldPermission } from '../../fields/field-definition.js';
import { suggestFieldNames } from '../../fields/suggest-field-names.js';
import { SearchParameterError, unknownFieldError } from '../search-errors.js';

/** Who the plan is for and what happens to fields they may not use. */
export interface PlanningCaller {
  readonly permissions: ReadonlySet<FieldPermission>;
  /**
   * `reject`: a protected field is an error (the native API).
   * `drop`: it is silently left out of filters, aggregations and sort, and stripped from
   * columns (the Crash Stats-compatible API, as the reference does).
   */
  readonly onForbiddenField: 'reject' | 'drop';
}

/**
 * The definition of `name`; undefined when the caller may not use it and forbidden fields are
 * dropped. Throws for unknown fields and, in `reject` mode, forbidden ones.
 */
export function resolveSearchField(
  name: string,
  parameter: string,
  caller: PlanningCaller,
): FieldDefinition | undefined {
  const field = findField(name);
  if (field === undefined) {
    throw unknownFieldError(parameter, name, suggestFieldNames(name, FIELD_CATALOG.keys()));
  }
  if (canUseField(field, caller.permissions)) return field;
  if (caller.onForbiddenField === 'drop') return undefined;
  throw new SearchParameterError(
    parameter,
    `Field '${name}' requires the '${field.permission}' permission`,
    'SEARCH_FIELD_FORBIDDEN',
  );
}
