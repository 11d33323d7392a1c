/**
 * SearchIndex in a SQLite file: the embedded default. This first version keeps a few columns
 * and the document; the Super Search issue grows it into the full query model.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CrashSearchHit, SearchIndex } from '../../ports/search-index.js';

interface CrashRow {
  document: string;
}

/** Opens (creating when needed) the SQLite search index at `file`. */
export function createSqliteSearchIndex(file: string): SearchIndex {
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.exec(`
    CREATE TABLE IF NOT EXISTS crashes (
      uuid TEXT PRIMARY KEY,
      product TEXT,
      version TEXT,
      date_processed TEXT,
      document TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS crashes_product ON crashes (product, date_processed);
  `);
  const upsert = database.prepare(
    `INSERT INTO crashes (uuid, product, version, date_processed, document) VALUES (@uuid, @product, @version, @date_processed, @document)
     ON CONFLICT (uuid) DO UPDATE SET product = excluded.product, version = excluded.version,
       date_processed = excluded.date_processed, document = excluded.document`,
  );
  const byId = database.prepare<[string], CrashRow>('SELECT document FROM crashes WHERE uuid = ?');
  const toHit = (row: CrashRow) => JSON.parse(row.document) as CrashSearchHit;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);

  return {
    async indexCrash(processedCrash) {
      const uuid = text(processedCrash.uuid);
      if (!uuid) throw new TypeError('a processed crash to index needs a uuid');
      upsert.run({
        uuid,
        product: text(processedCrash.product),
        version: text(processedCrash.version),
        date_processed: text(processedCrash.date_processed),
        document: JSON.stringify(processedCrash),
      });
    },
    async getCrash(crashId) {
      const row = byId.get(crashId);
      return row ? toHit(row) : undefined;
    },
    async search({ product, limit = 100, offset = 0 }) {
      const where =
        product && product.length > 0
          ? `WHERE product IN (${product.map(() => '?').join(', ')})`
          : '';
      const parameters = product ?? [];
      const total = (
        database.prepare(`SELECT count(*) AS n FROM crashes ${where}`).get(...parameters) as {
          n: number;
        }
      ).n;
      const rows = database
        .prepare<unknown[], CrashRow>(
          `SELECT document FROM crashes ${where} ORDER BY date_processed DESC, uuid LIMIT ? OFFSET ?`,
        )
        .all(...parameters, limit, offset);
      return { total, hits: rows.map(toHit) };
    },
    async checkHealth() {
      database.prepare('SELECT 1').get();
    },
    async close() {
      database.close();
    },
  };
}
