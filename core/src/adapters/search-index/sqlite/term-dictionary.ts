/**
 * The per-field dictionaries of text values (`search_terms`) and the field ids list rows use
 * (`search_fields`), with in-memory caches so indexing rarely asks SQLite for an id.
 */
import type { Database, Statement } from 'better-sqlite3';

const CACHE_LIMIT_PER_FIELD = 100_000;

/** Looks up and creates term and field ids. */
export class TermDictionary {
  private readonly fieldIds = new Map<string, number>();
  private readonly termIds = new Map<number, Map<string, number>>();
  private readonly selectField: Statement<[string], { id: number }>;
  private readonly insertField: Statement<[string]>;
  private readonly upsertTerm: Statement<[number, string, string | null], { id: number }>;

  constructor(private readonly database: Database) {
    this.selectField = database.prepare('SELECT id FROM search_fields WHERE name = ?');
    this.insertField = database.prepare('INSERT INTO search_fields (name) VALUES (?)');
    // One statement whether the value is new or not: the no-op update makes RETURNING answer.
    this.upsertTerm = database.prepare(
      `INSERT INTO search_terms (field, value, folded) VALUES (?, ?, ?)
       ON CONFLICT (field, value) DO UPDATE SET folded = excluded.folded RETURNING id`,
    );
  }

  /** The id of a field name, created on first use. */
  fieldId(name: string): number {
    let id = this.fieldIds.get(name);
    if (id === undefined) {
      id = this.selectField.get(name)?.id ?? Number(this.insertField.run(name).lastInsertRowid);
      this.fieldIds.set(name, id);
    }
    return id;
  }

  /**
   * The id of a value of a field, created on first use; `foldCase` keeps a lowercased copy
   * for case-insensitive lookups. Call inside a write transaction.
   */
  termId(fieldId: number, value: string, foldCase = false): number {
    let cache = this.termIds.get(fieldId);
    if (cache === undefined) this.termIds.set(fieldId, (cache = new Map()));
    let id = cache.get(value);
    if (id === undefined) {
      id = this.upsertTerm.get(fieldId, value, foldCase ? value.toLowerCase() : null)!.id;
      if (cache.size >= CACHE_LIMIT_PER_FIELD) cache.clear();
      cache.set(value, id);
    }
    return id;
  }

  /** The values of term ids. */
  termValues(ids: Iterable<number>): Map<number, string> {
    const unique = [...new Set(ids)];
    const values = new Map<number, string>();
    for (let start = 0; start < unique.length; start += 500) {
      const chunk = unique.slice(start, start + 500);
      const rows = this.database
        .prepare(
          `SELECT id, value FROM search_terms WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk) as { id: number; value: string }[];
      for (const row of rows) values.set(row.id, row.value);
    }
    return values;
  }

  /** Forgets cached term ids (after a rolled-back write, they may name rows that are gone). */
  forgetCachedTerms(): void {
    this.termIds.clear();
    this.fieldIds.clear();
  }
}
