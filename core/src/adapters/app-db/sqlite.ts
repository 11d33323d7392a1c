/** AppDb on an embedded SQLite file (better-sqlite3), the default. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { AppDatabase, AppDb } from '../../ports/app-db.js';
import { createKyselyAppDb } from './kysely-app-db.js';

/** Opens (creating when needed) the SQLite application database at `file`. */
export function createSqliteAppDb(file: string): AppDb {
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return createKyselyAppDb(
    'sqlite',
    new Kysely<AppDatabase>({ dialect: new SqliteDialect({ database }) }),
  );
}
