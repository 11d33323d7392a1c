/** The _source Cairn stores for a crash: its search document, plus the items of `;` lists. */
import { FIELD_CATALOG } from '../../../fields/field-catalog.js';
import type { SearchDocument } from '../../../search/search-document.js';
import { analyzeSemicolonText } from '../../../search/text-analysis.js';
import { REMOVED_FIELDS_PROPERTY, SEMICOLON_ITEMS_PROPERTY } from './index-mapping.js';

const SEMICOLON_FIELDS = [...FIELD_CATALOG.values()].filter(
  (field) => field.storage === 'semicolon_text',
);

/** The _source of a document. */
export function documentSource(document: SearchDocument): Record<string, unknown> {
  const source: Record<string, unknown> = Object.fromEntries(document.values);
  const items: Record<string, string[]> = {};
  for (const field of SEMICOLON_FIELDS) {
    const value = document.values.get(field.name);
    if (value === undefined) continue;
    items[field.name] = [
      ...new Set((Array.isArray(value) ? value : [String(value)]).flatMap(analyzeSemicolonText)),
    ];
  }
  source[SEMICOLON_ITEMS_PROPERTY] = items;
  return source;
}

/** The catalog fields of a _source, without Cairn's bookkeeping properties. */
export function fieldsOfSource(source: Record<string, unknown>): Record<string, unknown> {
  const {
    [REMOVED_FIELDS_PROPERTY]: _removed,
    [SEMICOLON_ITEMS_PROPERTY]: _items,
    ...fields
  } = source;
  return fields;
}
