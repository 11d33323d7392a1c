/**
 * The filter the API will run, in words ("product matches Firefox AND (signature contains a OR
 * signature contains b)"), so the reference's combination rules are visible, not folklore.
 */
import { isOperatorName, OPERATOR_LABELS } from '../../catalog/catalog-field';
import type { SearchFilterInput } from './to-search-input';

function describeCondition(filter: SearchFilterInput, negated: boolean): string {
  const operator = (filter.operator ?? 'MATCHES').toLowerCase();
  const label = isOperatorName(operator) ? OPERATOR_LABELS[operator][negated ? 1 : 0] : operator;
  return filter.value === undefined
    ? `${filter.field} ${label}`
    : `${filter.field} ${label} “${filter.value}”`;
}

function describeNode(filter: SearchFilterInput, nested: boolean): string {
  if (filter.all || filter.any) {
    const parts = (filter.all ?? filter.any)!.map((part) => describeNode(part, true));
    const text = parts.join(filter.all ? ' AND ' : ' OR ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  if (filter.not) {
    const inner = filter.not;
    if (inner.field !== undefined) return describeCondition(inner, true);
    return `NOT ${describeNode(inner, true)}`;
  }
  return describeCondition(filter, false);
}

/** Describes a filter; "every crash" when there is none. */
export function describeFilter(filter: SearchFilterInput | undefined): string {
  return filter ? describeNode(filter, false) : 'every crash';
}
