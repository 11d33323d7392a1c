/** Reads the reference's Super Search field table from the shared conformance data. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared data directory, or undefined when it is absent outside CI. */
export function conformanceDir(): string | undefined {
  const dir = path.resolve(
    process.env.CAIRN_CONFORMANCE_DIR ?? path.resolve(import.meta.dirname, '../../../../shared'),
  );
  if (existsSync(dir)) return dir;
  if (process.env.CI) throw new Error(`conformance data not found at ${dir}`);
  return undefined;
}

/** One row of socorro-data/super-search-fields.json, keyed by its column names. */
export interface ReferenceField {
  readonly name: string;
  readonly source_key: string;
  readonly query_type: string;
  readonly data_validation_type: string;
  readonly storage_type: string;
  readonly storage_mapping: { readonly analyzer?: string; readonly null_value?: boolean };
  readonly has_full_version: boolean;
  readonly permissions_needed: readonly string[];
  readonly operators: readonly string[];
  readonly histogram: boolean;
  readonly form_field_choices: readonly string[] | null;
}

/** The reference fields by name. */
export function readReferenceFields(dir: string): Map<string, ReferenceField> {
  const table = JSON.parse(
    readFileSync(path.join(dir, 'socorro-data', 'super-search-fields.json'), 'utf8'),
  ) as { columns: string[]; rows: unknown[][] };
  const fields = new Map<string, ReferenceField>();
  for (const row of table.rows) {
    const field = Object.fromEntries(table.columns.map((column, i) => [column, row[i]]));
    fields.set(field.name as string, field as unknown as ReferenceField);
  }
  return fields;
}

/** Processed-crash keys whose schema type is (or may be) an array. */
export function readArrayKeys(dir: string): Set<string> {
  const table = JSON.parse(
    readFileSync(path.join(dir, 'socorro-data', 'processed-crash-fields.json'), 'utf8'),
  ) as { rows: [string, unknown, string | string[], unknown, unknown][] };
  return new Set(
    table.rows
      .filter(([, , type]) => (Array.isArray(type) ? type.includes('array') : type === 'array'))
      .map(([key]) => key),
  );
}
