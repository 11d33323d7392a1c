/** Writes search documents into the SQLite schema, replacing earlier versions of a crash. */
import type { Database, Statement } from 'better-sqlite3';
import type { SearchValue } from '../../../search/fix-field-value.js';
import type { SearchDocument } from '../../../search/search-document.js';
import { analyzeSemicolonText } from '../../../search/text-analysis.js';
import {
  CRASH_COLUMNS,
  FIELD_COLUMNS,
  ROW_IDS_PER_SECOND,
  firstRowIdOfSecond,
  type FieldColumn,
} from './sqlite-schema.js';
import type { TermDictionary } from './term-dictionary.js';

/** Stores documents; each call is one transaction. */
export type CrashWriter = (documents: readonly SearchDocument[]) => void;

/** A writer bound to a connection and its term dictionary. */
export function createCrashWriter(database: Database, dictionary: TermDictionary): CrashWriter {
  const columns = ['id', ...CRASH_COLUMNS.map((entry) => entry.column!)];
  const insertCrash = database.prepare(
    `INSERT INTO crashes (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const findCrash = database.prepare<[string], { id: number }>(
    'SELECT id FROM crashes WHERE uuid = ?',
  );
  const lastIdOfSecond = database.prepare<[number, number], { id: number | null }>(
    'SELECT max(id) AS id FROM crashes WHERE id >= ? AND id < ?',
  );
  const deleteCrash = database.prepare<[number]>('DELETE FROM crashes WHERE id = ?');
  const deleteValues = database.prepare<[number]>('DELETE FROM crash_list_values WHERE crash = ?');
  // One statement per crash for all its list values: far fewer calls than one per value.
  const insertValueStatements = new Map<number, Statement>();
  const insertValues = (rows: readonly number[]) => {
    const count = rows.length / 4;
    let statement = insertValueStatements.get(count);
    if (statement === undefined) {
      statement = database.prepare(
        `INSERT OR IGNORE INTO crash_list_values (field, term, crash, position) VALUES ${Array.from({ length: count }, () => '(?, ?, ?, ?)').join(', ')}`,
      );
      insertValueStatements.set(count, statement);
    }
    statement.run(rows);
  };
  const listFields = [...FIELD_COLUMNS.values()].filter(
    (entry) => entry.layout === 'list' || entry.layout === 'tokens',
  );

  function columnValue(entry: FieldColumn, document: SearchDocument): unknown {
    if (entry.field.name === 'date') return document.dateMs;
    const value = document.values.get(entry.field.name);
    if (value === undefined) return null;
    switch (entry.layout) {
      case 'term':
        return dictionary.termId(
          dictionary.fieldId(entry.field.name),
          String(value),
          entry.field.storage === 'keyword',
        );
      case 'tokens':
        return JSON.stringify(value);
      default:
        return typeof value === 'boolean' ? Number(value) : value;
    }
  }

  function writeOne(document: SearchDocument): void {
    const existing = findCrash.get(document.uuid);
    if (existing) {
      deleteValues.run(existing.id);
      deleteCrash.run(existing.id);
    }
    const first = firstRowIdOfSecond(document.dateMs);
    const last = lastIdOfSecond.get(first, first + ROW_IDS_PER_SECOND)?.id;
    const crashId = last === null || last === undefined ? first : last + 1;
    insertCrash.run([crashId, ...CRASH_COLUMNS.map((entry) => columnValue(entry, document))]);
    const rows: number[] = [];
    for (const entry of listFields) {
      const value = document.values.get(entry.field.name);
      if (value === undefined) continue;
      const fieldId = dictionary.fieldId(entry.field.name);
      const foldCase = entry.field.storage === 'keyword';
      listItems(entry, value).forEach((item, position) => {
        rows.push(fieldId, dictionary.termId(fieldId, item, foldCase), crashId, position);
      });
    }
    // SQLite binds at most 32,766 parameters per statement.
    for (let start = 0; start < rows.length; start += 32_000) {
      insertValues(rows.slice(start, start + 32_000));
    }
  }

  const writeAll = database.transaction((documents: readonly SearchDocument[]) => {
    for (const document of documents) writeOne(document);
  });

  return (documents) => {
    try {
      writeAll(documents);
    } catch (error) {
      dictionary.forgetCachedTerms();
      throw error;
    }
  };
}

/** A list field's values, or a `;`-list field's tokens. */
function listItems(entry: FieldColumn, value: SearchValue): string[] {
  const items = Array.isArray(value) ? value : [String(value)];
  return entry.layout === 'tokens' ? items.flatMap(analyzeSemicolonText) : [...items];
}
