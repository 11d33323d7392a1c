/**
 * One Crash Stats parameter value split into negation, operator and operand: `!>=12` is "not
 * greater than or equal to 12". The prefixes tried are the field's operators from the catalog,
 * in the catalog's order (longest first where one prefix starts another).
 */
import {
  OPERATOR_PREFIX,
  operatorsOf,
  type CatalogField,
  type OperatorName,
} from '../../catalog/catalog-field';

/** A parameter value's parts. */
export interface ParsedFilterValue {
  readonly negated: boolean;
  readonly operator: OperatorName;
  /** The rest of the value; empty for `is_null` and `is_true`. */
  readonly operand: string;
}

/** Splits a raw parameter value. */
export function parseFilterValue(field: CatalogField, raw: string): ParsedFilterValue {
  const negated = raw.startsWith('!');
  const rest = negated ? raw.slice(1) : raw;
  for (const operator of operatorsOf(field)) {
    const prefix = OPERATOR_PREFIX[operator];
    if (prefix !== '' && rest.startsWith(prefix)) {
      return { negated, operator, operand: rest.slice(prefix.length) };
    }
  }
  return { negated, operator: 'matches', operand: rest };
}

/** The raw parameter value for a negation, operator and operand. */
export function formatFilterValue(value: ParsedFilterValue): string {
  return `${value.negated ? '!' : ''}${OPERATOR_PREFIX[value.operator]}${value.operand}`;
}
