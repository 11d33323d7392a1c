/**
 * The field catalog: every searchable crash field, declared once. Search adapters, the query
 * planner, the API's types and permission rules and the web app's field picker all read it.
 * Adding a field is one entry in one of the `catalog/` files.
 */
import { CRASH_FIELDS } from './catalog/crash-fields.js';
import { ANDROID_FIELDS, MAC_FIELDS } from './catalog/device-fields.js';
import { MEMORY_FIELDS } from './catalog/memory-fields.js';
import { PLATFORM_FIELDS } from './catalog/platform-fields.js';
import { PROCESS_FIELDS } from './catalog/process-fields.js';
import { PRODUCT_FIELDS } from './catalog/product-fields.js';
import { REPORT_FIELDS } from './catalog/report-fields.js';
import { STACK_FIELDS } from './catalog/stack-fields.js';
import type { FieldDefinition, FieldPermission } from './field-definition.js';

function buildCatalog(fields: readonly FieldDefinition[]): ReadonlyMap<string, FieldDefinition> {
  const byName = new Map<string, FieldDefinition>();
  for (const field of fields) {
    if (byName.has(field.name)) throw new Error(`field catalog: ${field.name} is declared twice`);
    byName.set(field.name, field);
  }
  return byName;
}

/** Every field by name, sorted by name. */
export const FIELD_CATALOG: ReadonlyMap<string, FieldDefinition> = buildCatalog(
  [
    ...CRASH_FIELDS,
    ...PRODUCT_FIELDS,
    ...PLATFORM_FIELDS,
    ...MEMORY_FIELDS,
    ...PROCESS_FIELDS,
    ...ANDROID_FIELDS,
    ...MAC_FIELDS,
    ...REPORT_FIELDS,
    ...STACK_FIELDS,
  ].sort((a, b) => (a.name < b.name ? -1 : 1)),
);

/** The definition of a field, or undefined when no field has that name. */
export function findField(name: string): FieldDefinition | undefined {
  return FIELD_CATALOG.get(name);
}

/** Whether a caller holding `permissions` may use the field. */
export function canUseField(
  field: FieldDefinition,
  permissions: ReadonlySet<FieldPermission>,
): boolean {
  return field.permission === null || permissions.has(field.permission);
}
