/** AppDb on PostgreSQL (pg), for deployments with several API or cron machines. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { AppDatabase, AppDb } from '../../ports/app-db.js';
import { createKyselyAppDb } from './kysely-app-db.js';

/** Connects to the PostgreSQL database at `url` (`postgres://user:password@host:port/db`). */
export function createPostgresAppDb(url: string, options: { maxConnections?: number } = {}): AppDb {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  return createKyselyAppDb(
    'postgres',
    new Kysely<AppDatabase>({ dialect: new PostgresDialect({ pool }) }),
  );
}
