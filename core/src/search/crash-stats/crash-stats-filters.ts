/**
 * Field parameters of a Crash Stats query string (`signature=~moz&signature=!=A`) turned into
 * filter trees with the reference's combination rules, written down in docs/search.md:
 *
 * 1. Each value may start with `!` (negation), then with the longest operator prefix its
 *    field's type accepts; no prefix means a bare value ("matches").
 * 2. Bare values of one parameter merge into one "matches any" clause, negated bare values
 *    into one "matches none" clause; they come after the prefixed values, negated first.
 * 3. A bare `version` ending in `b` becomes "starts with" (every beta of that version), after
 *    all the rest.
 * 4. The clauses of one parameter fold left to right: a range is ANDed onto what came
 *    before, anything else is ORed. Different parameters are ANDed.
 * 5. `date` is the date range: every value needs a range prefix, the most restrictive lower
 *    and upper bounds win.
 */
import type { FieldDefinition } from '../../fields/field-definition.js';
import {
  OPERATORS_BY_VALUE_TYPE,
  OPERATOR_PREFIX,
  RANGE_OPERATORS,
  VALUELESS_OPERATORS,
  type FilterOperator,
} from '../../fields/filter-operators.js';
import { SearchParameterError, badValueError } from '../search-errors.js';
import { formatSearchDate, parseSearchDate } from '../search-dates.js';
import type { DateBound, DateRange, SearchFilter } from '../search-query.js';

/** A parameter value split into negation, operator and operand. */
interface ParsedValue {
  readonly negated: boolean;
  readonly operator: FilterOperator;
  readonly operand: string;
}

/**
 * Splits `!>=12` into its parts, trying the operators of the field's value type in the
 * reference's order (not the field's own extra operators, which have no prefix here).
 */
export function parseParameterValue(field: FieldDefinition, raw: string): ParsedValue {
  const negated = raw.startsWith('!');
  const rest = negated ? raw.slice(1) : raw;
  for (const operator of OPERATORS_BY_VALUE_TYPE[field.valueType]) {
    const prefix = OPERATOR_PREFIX[operator];
    if (prefix !== '' && rest.startsWith(prefix)) {
      return { negated, operator, operand: rest.slice(prefix.length) };
    }
  }
  return { negated, operator: 'matches', operand: rest };
}

/** The filter one field parameter stands for, from its values in query-string order. */
export function parseFieldParameter(
  field: FieldDefinition,
  values: readonly string[],
): SearchFilter {
  const clauses: SearchFilter[] = [];
  const bare: string[] = [];
  const negatedBare: string[] = [];
  const betaPrefixes: { value: string; negated: boolean }[] = [];
  for (const raw of values) {
    const { negated, operator, operand } = parseParameterValue(field, raw);
    if (operator !== 'matches') {
      const condition: SearchFilter = VALUELESS_OPERATORS.has(operator)
        ? { kind: 'condition', field: field.name, operator }
        : { kind: 'condition', field: field.name, operator, value: operand };
      clauses.push(negated ? { kind: 'not', filter: condition } : condition);
    } else if (field.name === 'version' && operand.endsWith('b')) {
      betaPrefixes.push({ value: operand, negated });
    } else {
      (negated ? negatedBare : bare).push(operand);
    }
  }
  if (negatedBare.length > 0) {
    clauses.push({ kind: 'not', filter: anyMatch(field.name, negatedBare) });
  }
  if (bare.length > 0) clauses.push(anyMatch(field.name, bare));
  for (const { value, negated } of betaPrefixes) {
    const startsWith: SearchFilter = {
      kind: 'condition',
      field: field.name,
      operator: 'starts_with',
      value,
    };
    clauses.push(negated ? { kind: 'not', filter: startsWith } : startsWith);
  }
  return foldClauses(clauses);
}

function anyMatch(field: string, values: readonly string[]): SearchFilter {
  const matches = values.map((value): SearchFilter => ({
    kind: 'condition',
    field,
    operator: 'matches',
    value,
  }));
  return matches.length === 1 ? matches[0]! : { kind: 'or', filters: matches };
}

/** Left fold: ranges AND onto the accumulated clause, everything else ORs. */
function foldClauses(clauses: readonly SearchFilter[]): SearchFilter {
  let folded = clauses[0]!;
  for (const clause of clauses.slice(1)) {
    const kind = isRangeClause(clause) ? 'and' : 'or';
    const left = folded.kind === kind ? folded.filters : [folded];
    folded = { kind, filters: [...left, clause] };
  }
  return folded;
}

/** Whether a clause is a range comparison, negated or not (the reference folds both with AND). */
export function isRangeClause(clause: SearchFilter): boolean {
  const condition = clause.kind === 'not' ? clause.filter : clause;
  return condition.kind === 'condition' && RANGE_OPERATORS.has(condition.operator);
}

/**
 * The date range of the `date` parameter's values. Throws the reference's errors for a bare
 * date and for values that are not dates; Cairn also refuses a negated date, which the
 * reference would turn into a range that excludes almost everything.
 */
export function parseDateParameter(field: FieldDefinition, values: readonly string[]): DateRange {
  let from: { ms: number; bound: DateBound } | undefined;
  let to: { ms: number; bound: DateBound } | undefined;
  for (const raw of values) {
    const { negated, operator, operand } = parseParameterValue(field, raw);
    if (operator === 'matches') {
      throw new SearchParameterError('date', 'date must have a prefix operator');
    }
    if (negated) throw new SearchParameterError('date', 'date cannot be negated with !');
    const ms = parseSearchDate(operand);
    if (ms === undefined || !RANGE_OPERATORS.has(operator)) throw badValueError('date', 'datetime');
    const bound = { value: formatSearchDate(ms), inclusive: operator.endsWith('e') };
    if (operator.startsWith('g') && (from === undefined || ms > from.ms)) from = { ms, bound };
    if (operator.startsWith('l') && (to === undefined || ms < to.ms)) to = { ms, bound };
  }
  return { ...(from && { from: from.bound }), ...(to && { to: to.bound }) };
}
