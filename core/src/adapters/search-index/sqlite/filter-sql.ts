/**
 * A planned filter as a SQL condition on `crashes`. Negations are pushed down to the
 * conditions (De Morgan), and each negated condition is written so that a crash without the
 * field satisfies it, as Elasticsearch's `must_not` does; SQL's NULL logic would otherwise
 * drop those crashes.
 */
import type { FieldDefinition } from '../../../fields/field-definition.js';
import type { PlannedCondition, PlannedFilter } from '../../../search/search-plan.js';
import { analyzeSemicolonText, analyzeStandardText } from '../../../search/text-analysis.js';
import { FIELD_COLUMNS } from './sqlite-schema.js';
import type { SqlFragment } from './sql-fragment.js';

const NUMERIC_OPERATORS = { matches: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** Field ids for list rows and term dictionaries. */
export type FieldIds = (name: string) => number;

/** The condition for `filter`, or `1` when there is none. */
export function filterSql(filter: PlannedFilter | null, fieldIds: FieldIds): SqlFragment {
  const parameters: unknown[] = [];
  const sql = filter === null ? '1' : compile(filter, false, fieldIds, parameters);
  return { sql, parameters };
}

function compile(
  filter: PlannedFilter,
  negated: boolean,
  fieldIds: FieldIds,
  parameters: unknown[],
): string {
  switch (filter.kind) {
    case 'condition':
      return conditionSql(filter, negated, fieldIds, parameters);
    case 'not':
      return compile(filter.filter, !negated, fieldIds, parameters);
    case 'and':
    case 'or': {
      const joiner = (filter.kind === 'and') !== negated ? ' AND ' : ' OR ';
      return `(${filter.filters.map((child) => compile(child, negated, fieldIds, parameters)).join(joiner)})`;
    }
  }
}

function conditionSql(
  condition: PlannedCondition,
  negated: boolean,
  fieldIds: FieldIds,
  parameters: unknown[],
): string {
  const { field, operator, value } = condition;
  const { layout, column } = FIELD_COLUMNS.get(field.name)!;
  const fieldId = fieldIds(field.name);

  if (operator === 'is_null') {
    if (layout === 'list') {
      parameters.push(fieldId);
      const exists =
        'EXISTS (SELECT 1 FROM crash_list_values WHERE crash = crashes.id AND field = ?)';
      return negated ? exists : `NOT ${exists}`;
    }
    return `${column} IS ${negated ? 'NOT ' : ''}NULL`;
  }

  if (layout === 'inline' && field.name !== 'uuid') {
    const comparison =
      operator === 'is_true'
        ? `${column} = 1`
        : `${column} ${NUMERIC_OPERATORS[operator as keyof typeof NUMERIC_OPERATORS]} ?`;
    if (operator !== 'is_true') parameters.push(typeof value === 'boolean' ? Number(value) : value);
    return negated ? `(${column} IS NULL OR NOT (${comparison}))` : comparison;
  }

  const predicate = termPredicate(field, condition, parameters);
  if (predicate === undefined) return negated ? '1' : '0';
  if (layout === 'inline') {
    const sql = predicate.replaceAll('$value', 'crashes.uuid');
    return negated ? `NOT (${sql})` : sql;
  }
  const terms = `SELECT id FROM search_terms WHERE field = ${fieldId} AND ${predicate.replaceAll('$value', 'value')}`;
  if (layout === 'term') {
    return negated
      ? `(${column} IS NULL OR ${column} NOT IN (${terms}))`
      : `${column} IN (${terms})`;
  }
  const crashes = `SELECT crash FROM crash_list_values WHERE field = ${fieldId} AND term IN (${terms})`;
  return `crashes.id ${negated ? 'NOT IN' : 'IN'} (${crashes})`;
}

/**
 * The test a stored text value (`$value`) must pass, with its parameters pushed; undefined
 * when no value can pass (a bare value with no words in it).
 */
function termPredicate(
  field: FieldDefinition,
  { operator, value }: PlannedCondition,
  parameters: unknown[],
): string | undefined {
  const operand = String(value);
  switch (operator) {
    case 'matches':
      return matchPredicate(field, operand, parameters);
    case 'is':
      parameters.push(operand);
      return '$value = ?';
    case 'contains':
      parameters.push(operand);
      return 'instr($value, ?) > 0';
    case 'starts_with':
      parameters.push(operand);
      return 'cairn_starts_with($value, ?)';
    case 'ends_with':
      parameters.push(operand);
      return 'cairn_ends_with($value, ?)';
    case 'regex':
      parameters.push(operand);
      return 'cairn_regexp($value, ?)';
    default:
      throw new Error(`operator ${operator} does not apply to text field ${field.name}`);
  }
}

/**
 * Bare values: any word in common for analysed text, any `;` item in common for lists of
 * them, case-insensitive equality for whole values (Elasticsearch's `case_insensitive` term).
 */
function matchPredicate(
  field: FieldDefinition,
  operand: string,
  parameters: unknown[],
): string | undefined {
  if (field.storage === 'text' || field.storage === 'semicolon_text') {
    const tokens =
      field.storage === 'text' ? analyzeStandardText(operand) : analyzeSemicolonText(operand);
    if (tokens.length === 0) return undefined;
    parameters.push(JSON.stringify(tokens));
    return field.storage === 'text'
      ? 'cairn_any_token($value, ?)'
      : '$value IN (SELECT value FROM json_each(?))';
  }
  if (field.name === 'uuid') {
    parameters.push(operand);
    return '$value = ? COLLATE NOCASE';
  }
  parameters.push(operand.toLowerCase());
  return 'folded = ?';
}
