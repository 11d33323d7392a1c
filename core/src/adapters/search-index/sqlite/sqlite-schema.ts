/**
 * The SQLite search schema, derived from the field catalog:
 * - `crashes`: one row per crash, one column per single-valued field. Text is stored as the
 *   id of its entry in `search_terms` (a per-field dictionary), so substring, regex and word
 *   matching run over each field's distinct values, not over every crash, and facets group
 *   small integers. `uuid` stays inline; `date` is epoch milliseconds.
 * - `crash_list_values`: the values of list fields (and the tokens of `;`-list fields), one
 *   row per crash and distinct value, keyed for "which crashes have this value".
 * - keyword values also keep a lowercased copy (`folded`), indexed, for bare values, which
 *   match keywords case-insensitively;
 * - a date-first index holds the frequently filtered fields (createCrashIndexes).
 */
import type { Database } from 'better-sqlite3';
import { FIELD_CATALOG } from '../../../fields/field-catalog.js';
import type { FieldDefinition } from '../../../fields/field-definition.js';

/**
 * Row ids follow `date`: the second of the crash times 2^20, plus a sequence within that
 * second. The table is stored in row id order, so the rows a date-ordered index scan reads
 * lie together. (Seconds, not milliseconds: ids stay below 2^53, exact in JavaScript numbers,
 * until the year 2242.)
 */
export const ROW_IDS_PER_SECOND = 2 ** 20;

/** The smallest row id of the second holding `dateMs`. */
export function firstRowIdOfSecond(dateMs: number): number {
  return Math.floor(dateMs / 1000) * ROW_IDS_PER_SECOND;
}

/** How a field is laid out in SQLite. */
export type ColumnLayout =
  /** `crashes.<column>` holds a search_terms id. */
  | 'term'
  /** `crashes.<column>` holds the value itself (numbers, booleans as 0/1, dates as ms, uuid). */
  | 'inline'
  /** Values in crash_list_values only. */
  | 'list'
  /** The original text (JSON when a list) in `crashes.<column>`, its tokens in crash_list_values. */
  | 'tokens';

/** A field's place in the schema. */
export interface FieldColumn {
  readonly field: FieldDefinition;
  readonly layout: ColumnLayout;
  /** The column in `crashes`; undefined for `list` fields. */
  readonly column?: string;
}

/** The layout of one field. */
export function layoutOf(field: FieldDefinition): ColumnLayout {
  if (field.storage === 'semicolon_text') return 'tokens';
  if (field.isList) return 'list';
  if (field.name === 'uuid') return 'inline';
  return field.storage === 'text' || field.storage === 'keyword' ? 'term' : 'inline';
}

/** Every field's column, by field name. */
export const FIELD_COLUMNS: ReadonlyMap<string, FieldColumn> = new Map(
  [...FIELD_CATALOG.values()].map((field) => {
    const layout = layoutOf(field);
    const column =
      layout === 'list' ? undefined : field.name === 'uuid' ? 'uuid' : `f_${field.name}`;
    return [field.name, { field, layout, ...(column && { column }) }];
  }),
);

/** The column of a field that has one; throws for list fields. */
export function columnOf(field: FieldDefinition): string {
  const column = FIELD_COLUMNS.get(field.name)?.column;
  if (column === undefined) throw new Error(`field ${field.name} has no column`);
  return column;
}

/**
 * The stored columns of `crashes` besides the row id, in table order: date and the frequently
 * filtered fields first, because SQLite walks a row's header up to the column it reads.
 */
export const CRASH_COLUMNS: readonly FieldColumn[] = [...FIELD_COLUMNS.values()]
  .filter((entry) => entry.column !== undefined)
  .sort((a, b) => rank(a.field) - rank(b.field));

function rank(field: FieldDefinition): number {
  if (field.name === 'date') return 0;
  return field.isFrequentFilter ? 1 : 2;
}

const SQL_TYPES: Readonly<Record<string, string>> = {
  long: 'INTEGER',
  integer: 'INTEGER',
  short: 'INTEGER',
  boolean: 'INTEGER',
  date: 'INTEGER',
  double: 'REAL',
};

function columnDefinition({ field, layout, column }: FieldColumn): string {
  if (column === 'uuid') return 'uuid TEXT NOT NULL UNIQUE';
  if (layout === 'tokens') return `${column} TEXT`;
  if (layout === 'term') return `${column} INTEGER`;
  return `${column} ${SQL_TYPES[field.storage]}${field.name === 'date' ? ' NOT NULL' : ''}`;
}

/** Creates the tables and indexes when missing; adds columns for fields added since. */
export function createSearchSchema(database: Database): void {
  database.exec(`
    CREATE TABLE IF NOT EXISTS search_fields (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE IF NOT EXISTS search_terms (
      id INTEGER PRIMARY KEY,
      field INTEGER NOT NULL,
      value TEXT NOT NULL,
      folded TEXT,
      UNIQUE (field, value)
    );
    CREATE INDEX IF NOT EXISTS search_terms_folded ON search_terms (field, folded)
      WHERE folded IS NOT NULL;
    CREATE TABLE IF NOT EXISTS crashes (
      id INTEGER PRIMARY KEY,
      ${CRASH_COLUMNS.map(columnDefinition).join(',\n      ')}
    );
    CREATE TABLE IF NOT EXISTS crash_list_values (
      field INTEGER NOT NULL,
      term INTEGER NOT NULL,
      crash INTEGER NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (field, term, crash)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS crash_list_values_by_crash ON crash_list_values (crash, field);
  `);
  const existing = new Set(
    (database.prepare('PRAGMA table_info(crashes)').all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  for (const entry of CRASH_COLUMNS) {
    if (!existing.has(entry.column!)) {
      database.exec(
        `ALTER TABLE crashes ADD COLUMN ${columnDefinition(entry).replace(' NOT NULL', '')}`,
      );
    }
  }
  createCrashIndexes(database);
}

/**
 * Indexes of `crashes`:
 * - `crashes_by_date_hot` on date and every frequently filtered field: searches over a date
 *   range that group or filter by those fields read this index alone, not the wide rows;
 * - `crashes_by_<field>` on (field, date) for frequent fields with open-ended values
 *   (signature, build id), where looking one value up beats sweeping the range;
 * - the crash id, exactly and ignoring case.
 * Indexes a previous version made and this one does not are dropped.
 */
function createCrashIndexes(database: Database): void {
  const frequent = CRASH_COLUMNS.filter((entry) => entry.field.isFrequentFilter);
  const wanted = new Map<string, string[]>([
    ['crashes_by_date_hot', frequent.map((entry) => entry.column!)],
    ['crashes_by_uuid_folded', ['uuid']],
  ]);
  for (const { field, column } of frequent) {
    const openEnded = field.queryType !== 'enum' && field.choices.length === 0;
    if (field.name !== 'date' && openEnded)
      wanted.set(`crashes_by_${field.name}`, [column!, 'f_date']);
  }
  const indexes = database.prepare('PRAGMA index_list(crashes)').all() as { name: string }[];
  for (const { name } of indexes) {
    if (!name.startsWith('crashes_by_')) continue;
    const columns = (database.prepare(`PRAGMA index_info(${name})`).all() as { name: string }[])
      .map((column) => column.name)
      .join();
    if (wanted.get(name)?.join() !== columns) database.exec(`DROP INDEX ${name}`);
  }
  for (const [name, columns] of wanted) {
    const collation = name === 'crashes_by_uuid_folded' ? ' COLLATE NOCASE' : '';
    database.exec(
      `CREATE INDEX IF NOT EXISTS ${name} ON crashes (${columns.join(', ')}${collation})`,
    );
  }
}
