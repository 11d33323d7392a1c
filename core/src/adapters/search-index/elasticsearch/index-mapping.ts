/**
 * Weekly index settings and mappings, generated from the field catalog. Documents use the
 * catalog's field names as properties; analysed text gets the reference's `full` keyword
 * sub-field. `;` lists keep their text as it came and their lowercased items, split by Cairn
 * (as the reference's `semicolon_keywords` analyser would), under `semicolon_items.<field>`:
 * the same items the SQLite adapter stores, and no custom analyser to install.
 */
import type { estypes } from '@elastic/elasticsearch';
import { FIELD_CATALOG } from '../../../fields/field-catalog.js';
import type { FieldDefinition } from '../../../fields/field-definition.js';

/** Property holding the fields a retry had to drop (the reference's `removed_fields`). */
export const REMOVED_FIELDS_PROPERTY = 'removed_fields';

/** Object property holding the items of every `;` list field. */
export const SEMICOLON_ITEMS_PROPERTY = 'semicolon_items';

/** The mapping of one field. */
export function fieldMapping(field: FieldDefinition): estypes.MappingProperty {
  switch (field.storage) {
    case 'text':
      return { type: 'text', fields: { full: { type: 'keyword' } } };
    case 'semicolon_text':
      // Not searched itself (its items are); doc values tell whether a crash has it.
      return { type: 'keyword', index: false };
    default:
      return { type: field.storage };
  }
}

/** The mappings of a crash index. Unknown properties are kept in _source but not indexed. */
export function crashIndexMappings(): estypes.MappingTypeMapping {
  const items: Record<string, estypes.MappingProperty> = {};
  const properties: Record<string, estypes.MappingProperty> = {
    [REMOVED_FIELDS_PROPERTY]: { type: 'keyword' },
    [SEMICOLON_ITEMS_PROPERTY]: { type: 'object', properties: items },
  };
  for (const field of FIELD_CATALOG.values()) {
    properties[field.name] = fieldMapping(field);
    if (field.storage === 'semicolon_text') items[field.name] = { type: 'keyword' };
  }
  return { dynamic: false, properties };
}

/**
 * The settings of a new crash index. Segments are kept sorted in the default hit order
 * (newest first, then crash id), so a search in that order stops collecting hits early.
 */
export function crashIndexSettings(shards: number, replicas: number): estypes.IndicesIndexSettings {
  return {
    number_of_shards: shards,
    number_of_replicas: replicas,
    sort: { field: ['date', 'uuid'], order: ['desc', 'asc'] },
  };
}

/** The property a field is matched exactly, sorted and aggregated on. */
export function exactProperty(field: FieldDefinition): string {
  if (field.storage === 'text') return `${field.name}.full`;
  if (field.storage === 'semicolon_text') return `${SEMICOLON_ITEMS_PROPERTY}.${field.name}`;
  return field.name;
}
