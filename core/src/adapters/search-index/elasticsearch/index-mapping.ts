/**
 * Weekly index settings and mappings, generated from the field catalog. Documents use the
 * catalog's field names as properties; analysed text gets the reference's `full` keyword
 * sub-field, `;` lists the reference's `semicolon_keywords` analyser.
 */
import type { estypes } from '@elastic/elasticsearch';
import { FIELD_CATALOG } from '../../../fields/field-catalog.js';
import type { FieldDefinition } from '../../../fields/field-definition.js';

/** Property holding the fields a retry had to drop (the reference's `removed_fields`). */
export const REMOVED_FIELDS_PROPERTY = 'removed_fields';

/** The mapping of one field. */
export function fieldMapping(field: FieldDefinition): estypes.MappingProperty {
  switch (field.storage) {
    case 'text':
      return { type: 'text', fields: { full: { type: 'keyword' } } };
    case 'semicolon_text':
      return { type: 'text', analyzer: 'semicolon_keywords', fielddata: true };
    default:
      return { type: field.storage };
  }
}

/** The mappings of a crash index. Unknown properties are kept in _source but not indexed. */
export function crashIndexMappings(): estypes.MappingTypeMapping {
  const properties: Record<string, estypes.MappingProperty> = {
    [REMOVED_FIELDS_PROPERTY]: { type: 'keyword' },
  };
  for (const field of FIELD_CATALOG.values()) properties[field.name] = fieldMapping(field);
  return { dynamic: false, properties };
}

/** The settings of a new crash index. */
export function crashIndexSettings(shards: number, replicas: number): estypes.IndicesIndexSettings {
  return {
    number_of_shards: shards,
    number_of_replicas: replicas,
    analysis: { analyzer: { semicolon_keywords: { type: 'pattern', pattern: ';' } } },
  };
}

/** The property a field is matched exactly, sorted and aggregated on. */
export function exactProperty(field: FieldDefinition): string {
  return field.storage === 'text' ? `${field.name}.full` : field.name;
}
