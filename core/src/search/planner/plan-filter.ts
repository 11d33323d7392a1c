/** Validates a filter tree: fields, operators, operands, permissions, and its size. */
import { OPERATOR_PREFIX, VALUELESS_OPERATORS } from '../../fields/filter-operators.js';
import { coerceFilterValue } from '../coerce-filter-value.js';
import { LuceneRegexpError, translateLuceneRegexp } from '../lucene-regexp.js';
import { SearchParameterError, badValueError } from '../search-errors.js';
import type { PlannedCondition, PlannedFilter } from '../search-plan.js';
import type { FieldCondition, SearchFilter } from '../search-query.js';
import { resolveSearchField, type PlanningCaller } from './resolve-search-field.js';

const MAX_FILTER_DEPTH = 32;
const MAX_CONDITIONS = 1000;

/** The validated filter, or null when nothing is left to filter on. */
export function planFilter(
  filter: SearchFilter | undefined,
  caller: PlanningCaller,
): PlannedFilter | null {
  if (filter === undefined) return null;
  const budget = { conditions: 0 };
  return planNode(filter, caller, 0, budget);
}

function planNode(
  filter: SearchFilter,
  caller: PlanningCaller,
  depth: number,
  budget: { conditions: number },
): PlannedFilter | null {
  if (depth > MAX_FILTER_DEPTH) {
    throw tooComplex(`filters nest deeper than ${MAX_FILTER_DEPTH} levels`);
  }
  switch (filter.kind) {
    case 'condition':
      if (++budget.conditions > MAX_CONDITIONS) {
        throw tooComplex(`more than ${MAX_CONDITIONS} conditions`);
      }
      return planCondition(filter, caller);
    case 'not': {
      const inner = planNode(filter.filter, caller, depth + 1, budget);
      if (inner === null) return null;
      return inner.kind === 'not' ? inner.filter : { kind: 'not', filter: inner };
    }
    case 'and':
    case 'or': {
      if (filter.filters.length === 0) {
        throw new SearchParameterError(
          'filter',
          `An '${filter.kind}' group needs at least one filter`,
        );
      }
      const children: PlannedFilter[] = [];
      for (const child of filter.filters) {
        const planned = planNode(child, caller, depth + 1, budget);
        if (planned === null) continue;
        if (planned.kind === filter.kind) children.push(...planned.filters);
        else children.push(planned);
      }
      if (children.length === 0) return null;
      return children.length === 1 ? children[0]! : { kind: filter.kind, filters: children };
    }
  }
}

function planCondition(condition: FieldCondition, caller: PlanningCaller): PlannedCondition | null {
  const field = resolveSearchField(condition.field, condition.field, caller);
  if (field === undefined) return null;
  const { operator } = condition;
  if (!field.operators.includes(operator)) {
    throw new SearchParameterError(
      field.name,
      `Operator ${operator} (${OPERATOR_PREFIX[operator] || 'bare value'}) is not allowed on field '${field.name}'`,
    );
  }
  if (VALUELESS_OPERATORS.has(operator)) return { kind: 'condition', field, operator, value: null };
  if (condition.value === undefined) {
    throw new SearchParameterError(
      field.name,
      `Operator ${operator} on '${field.name}' needs a value`,
    );
  }
  const value = coerceFilterValue(field, condition.value);
  if (operator === 'regex') checkRegexp(field.name, String(value));
  return { kind: 'condition', field, operator, value };
}

function checkRegexp(parameter: string, pattern: string): void {
  try {
    translateLuceneRegexp(pattern);
  } catch (error) {
    if (!(error instanceof LuceneRegexpError)) throw error;
    if (error.reason === 'too_complex') throw tooComplex(`${parameter}: ${error.message}`);
    const bad = badValueError(parameter, 'regular expression');
    throw new SearchParameterError(parameter, `${bad.message} (${error.message})`);
  }
}

function tooComplex(reason: string): SearchParameterError {
  return new SearchParameterError(
    'filter',
    `Search query is too complex: ${reason}`,
    'SEARCH_QUERY_TOO_COMPLEX',
  );
}
