/**
 * `CrashFields`: one GraphQL field per catalog field, generated from the catalog, so a new
 * catalog field appears in the API (and under the shield rules, which come from the same
 * catalog) without touching this file. Used for a crash's processed fields and for search hits.
 */
import { FIELD_CATALOG, type FieldDefinition } from '@cairn/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { toGraphqlFieldName } from './graphql-field-name.js';

/** Values keyed by catalog name; missing ones resolve to null. */
export class CrashFields {
  [catalogName: string]: unknown;
}

function scalarOf(
  field: FieldDefinition,
): typeof String | typeof Int | typeof Float | typeof Boolean {
  switch (field.queryType) {
    case 'integer':
      // A GraphQL Int has 32 bits; build ids and install times need more, exactly up to 2^53.
      return field.storage === 'long' ? Float : Int;
    case 'float':
      return Float;
    case 'bool':
      return Boolean;
    default:
      return field.valueType === 'bool' ? Boolean : String;
  }
}

/** How the field is described in the schema (with the permission it needs). */
function describe(field: FieldDefinition): string {
  const name = `Super Search name: ${field.name}.`;
  const permission = field.permission ? ` Needs the ${field.permission} permission.` : '';
  return `${field.description} ${name}${permission}`;
}

for (const field of FIELD_CATALOG.values()) {
  const scalar = scalarOf(field);
  Field(() => (field.isList ? [scalar] : scalar), {
    name: toGraphqlFieldName(field.name),
    nullable: field.isList ? 'itemsAndList' : true,
    description: describe(field),
  })(CrashFields.prototype, field.name);
}
ObjectType('CrashFields', {
  description:
    'Crash fields from the field catalog, named in camelCase (the Super Search name is in each description). Protected fields need their permission.',
})(CrashFields);

/**
 * Catalog values as `CrashFields`: list fields always as lists (search hits flatten lists of
 * one), numbers as numbers, everything else as it is.
 */
export function toCrashFields(
  values: Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>,
): CrashFields {
  const read = (name: string) =>
    values instanceof Map ? values.get(name) : (values as Record<string, unknown>)[name];
  const fields = new CrashFields();
  for (const field of FIELD_CATALOG.values()) {
    const value = read(field.name);
    if (value === undefined || value === null) continue;
    fields[field.name] = field.isList && !Array.isArray(value) ? [value] : value;
  }
  return fields;
}
