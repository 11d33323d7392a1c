/** `/api/SuperSearchFields/`: the field catalog in the reference's format. */
import { FIELD_CATALOG, type FieldDefinition } from '@cairn/core';
import type { RestEndpoint } from '../rest-endpoint.js';

function describeField(field: FieldDefinition) {
  return {
    name: field.name,
    description: field.description,
    query_type: field.queryType,
    data_validation_type: field.valueType,
    form_field_choices: field.choices,
    has_full_version: field.storage === 'text',
    is_exposed: true,
    is_returned: true,
    namespace: 'processed_crash',
    in_database_name: field.sourcePaths[0] ?? field.name,
    permissions_needed: field.permission === null ? [] : [`crashstats.${field.permission}`],
    storage_type: field.storage,
  };
}

/** The catalog endpoint. */
export const superSearchFieldsEndpoint: RestEndpoint = {
  name: 'SuperSearchFields',
  methods: ['GET'],
  description: 'Every Super Search field: type, operators, choices, permissions, description.',
  parameters: {},
  response: {
    record: {
      object: {
        name: 'string',
        description: 'string',
        query_type: 'string',
        data_validation_type: 'string',
        form_field_choices: { list: 'string' },
        has_full_version: 'boolean',
        is_exposed: 'boolean',
        is_returned: 'boolean',
        namespace: 'string',
        in_database_name: 'string',
        permissions_needed: { list: 'string' },
        storage_type: 'string',
      },
    },
  },
  cacheControl: 'public, max-age=3600',
  async handle() {
    return {
      kind: 'json',
      body: Object.fromEntries(
        [...FIELD_CATALOG.values()].map((field) => [field.name, describeField(field)]),
      ),
    };
  },
};
