/** Hit order, and hits rebuilt from `crashes` rows, the term dictionaries and list rows. */
import type { Database } from 'better-sqlite3';
import type { FieldDefinition } from '../../../fields/field-definition.js';
import type { SearchHit } from '../../../ports/search-index.js';
import { formatSearchDate } from '../../../search/search-dates.js';
import type { PlannedSortKey } from '../../../search/search-plan.js';
import { FIELD_COLUMNS } from './sqlite-schema.js';
import type { FieldIds } from './filter-sql.js';
import type { TermDictionary } from './term-dictionary.js';

/** A `crashes` row: its id and columns. */
export type CrashRow = { readonly id: number } & { readonly [column: string]: unknown };

/**
 * ORDER BY terms for a plan's sort: text by its value, lists by their smallest value going up
 * and largest going down (as Elasticsearch sorts multi-valued fields), missing values last.
 */
export function orderBySql(sort: readonly PlannedSortKey[], fieldIds: FieldIds): string {
  return sort
    .map(({ field, descending }) => {
      const direction = descending ? 'DESC' : 'ASC';
      const expression = sortExpression(field, descending, fieldIds);
      const neverMissing = field.name === 'date' || field.name === 'uuid';
      return neverMissing
        ? `${expression} ${direction}`
        : `${expression} IS NULL, ${expression} ${direction}`;
    })
    .join(', ');
}

function sortExpression(field: FieldDefinition, descending: boolean, fieldIds: FieldIds): string {
  const { layout, column } = FIELD_COLUMNS.get(field.name)!;
  if (layout === 'inline') return `crashes.${column}`;
  if (layout === 'term') return `(SELECT value FROM search_terms WHERE id = crashes.${column})`;
  return `(SELECT ${descending ? 'max' : 'min'}(t.value) FROM crash_list_values l JOIN search_terms t ON t.id = l.term WHERE l.crash = crashes.id AND l.field = ${fieldIds(field.name)})`;
}

/** Reads field values of crash rows. */
export class HitReader {
  constructor(
    private readonly database: Database,
    private readonly dictionary: TermDictionary,
  ) {}

  /** One hit per row with the requested columns; missing values are null, short lists flattened. */
  toHits(rows: readonly CrashRow[], columns: readonly FieldDefinition[]): SearchHit[] {
    const values = this.readValues(rows, columns);
    return values.map((byField) =>
      Object.fromEntries(columns.map((field) => [field.name, flatten(byField.get(field.name))])),
    );
  }

  /** Every stored field of one crash, lists as arrays. */
  toDocument(row: CrashRow): SearchHit {
    const fields = [...FIELD_COLUMNS.values()].map((entry) => entry.field);
    return Object.fromEntries(this.readValues([row], fields)[0]!);
  }

  private readValues(
    rows: readonly CrashRow[],
    fields: readonly FieldDefinition[],
  ): Map<string, unknown>[] {
    const entries = fields.map((field) => FIELD_COLUMNS.get(field.name)!);
    const termIds = rows.flatMap((row) =>
      entries.filter((entry) => entry.layout === 'term').map((entry) => row[entry.column!]),
    );
    const terms = this.dictionary.termValues(termIds.filter((id) => typeof id === 'number'));
    const lists = this.readLists(
      rows.map((row) => row.id),
      entries.filter((entry) => entry.layout === 'list').map((entry) => entry.field.name),
    );
    return rows.map((row) => {
      const byField = new Map<string, unknown>();
      for (const { field, layout, column } of entries) {
        const stored = column === undefined ? undefined : row[column];
        let value: unknown;
        if (layout === 'list') value = lists.get(row.id)?.get(field.name);
        else if (stored === null || stored === undefined) value = undefined;
        else if (layout === 'term') value = terms.get(stored as number);
        else if (layout === 'tokens') value = JSON.parse(stored as string);
        else if (field.storage === 'date') value = formatSearchDate(stored as number);
        else if (field.storage === 'boolean') value = stored === 1;
        else value = stored;
        if (value !== undefined) byField.set(field.name, value);
      }
      return byField;
    });
  }

  /** List values by crash id and field name, in their stored order. */
  private readLists(crashIds: readonly number[], fieldNames: readonly string[]) {
    const lists = new Map<number, Map<string, string[]>>();
    if (crashIds.length === 0 || fieldNames.length === 0) return lists;
    const namesById = new Map(fieldNames.map((name) => [this.dictionary.fieldId(name), name]));
    const rows = this.database
      .prepare(
        `SELECT l.crash, l.field, t.value FROM crash_list_values l JOIN search_terms t ON t.id = l.term
         WHERE l.crash IN (${crashIds.map(() => '?').join(',')})
           AND l.field IN (${[...namesById.keys()].join(',')})
         ORDER BY l.crash, l.field, l.position`,
      )
      .all(...crashIds) as { crash: number; field: number; value: string }[];
    for (const row of rows) {
      const name = namesById.get(row.field)!;
      let byField = lists.get(row.crash);
      if (byField === undefined) lists.set(row.crash, (byField = new Map()));
      const values = byField.get(name);
      if (values) values.push(row.value);
      else byField.set(name, [row.value]);
    }
    return lists;
  }
}

/** The reference's hit format: missing is null, a list of 0 or 1 values is null or the value. */
function flatten(value: unknown): unknown {
  if (value === undefined) return null;
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return null;
  return value.length === 1 ? value[0] : value;
}
