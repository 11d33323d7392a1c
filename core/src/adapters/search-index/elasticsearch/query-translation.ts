/**
 * A planned filter as Elasticsearch query DSL. Bare values on analysed text use `match` (the
 * field's analyser splits the value), on keywords a case-insensitive `term`; exact, wildcard
 * and regex operators work on the whole value (`<field>.full` for analysed text) or, for `;`
 * lists, on each item. Everything runs in filter context: no scoring.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { PlannedCondition, PlannedFilter, SearchPlan } from '../../../search/search-plan.js';
import { analyzeSemicolonText } from '../../../search/text-analysis.js';
import { exactProperty } from './index-mapping.js';

type Query = estypes.QueryDslQueryContainer;

/** The query of a plan: its date range and filter. */
export function searchQuery(plan: SearchPlan): Query {
  const { fromMs, fromInclusive, toMs, toInclusive } = plan.dateRange;
  const dateRange: Query = {
    range: {
      date: {
        [fromInclusive ? 'gte' : 'gt']: fromMs,
        [toInclusive ? 'lte' : 'lt']: toMs,
        format: 'epoch_millis',
      },
    },
  };
  return { bool: { filter: plan.filter ? [dateRange, filterQuery(plan.filter)] : [dateRange] } };
}

/** The query of a filter tree. */
export function filterQuery(filter: PlannedFilter): Query {
  switch (filter.kind) {
    case 'condition':
      return conditionQuery(filter);
    case 'not':
      return { bool: { must_not: [filterQuery(filter.filter)] } };
    case 'and':
      return { bool: { filter: filter.filters.map(filterQuery) } };
    case 'or':
      return { bool: { should: filter.filters.map(filterQuery), minimum_should_match: 1 } };
  }
}

function conditionQuery({ field, operator, value }: PlannedCondition): Query {
  const exact = exactProperty(field);
  switch (operator) {
    case 'matches':
      if (field.storage === 'text') return { match: { [field.name]: { query: String(value) } } };
      if (field.storage === 'semicolon_text') {
        const items = analyzeSemicolonText(String(value));
        return items.length === 0 ? { match_none: {} } : { terms: { [exact]: items } };
      }
      if (field.storage === 'keyword') {
        return { term: { [field.name]: { value: String(value), case_insensitive: true } } };
      }
      return { term: { [field.name]: { value: value as estypes.FieldValue } } };
    case 'is':
      return { term: { [exact]: { value: String(value) } } };
    case 'contains':
      return { wildcard: { [exact]: { value: `*${escapeWildcard(String(value))}*` } } };
    case 'starts_with':
      return { wildcard: { [exact]: { value: `${escapeWildcard(String(value))}*` } } };
    case 'ends_with':
      return { wildcard: { [exact]: { value: `*${escapeWildcard(String(value))}` } } };
    case 'regex':
      return { regexp: { [exact]: { value: String(value), flags: 'NONE' } } };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return {
        range: {
          [field.name]: {
            [operator]: value,
            ...(field.storage === 'date' && { format: 'epoch_millis' }),
          },
        },
      };
    case 'is_null':
      return { bool: { must_not: [{ exists: { field: field.name } }] } };
    case 'is_true':
      return { term: { [field.name]: { value: true } } };
  }
}

/** A wildcard pattern that matches `text` literally. */
function escapeWildcard(text: string): string {
  return text.replace(/[\\*?]/g, '\\$&');
}
