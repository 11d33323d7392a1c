/** AppDb on PostgreSQL (pg), for deployments with several API or cron machines. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { AppDatabase, AppDb } from '../../ports/app-db.js';
import { createKyselyAppDb } from './kysely-app-db.js';

/** Connects to the PostgreSQL database at `url` (`postgres://user:password@host:port/db`). */
export function createPostgresAppDb(url: string, options: { maxConnections?: number } = {}): AppDb {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection the server ends (a restart, an administrator, a dropped network) makes
  // the pool emit 'error', which would end the process. The pool has already discarded that
  // connection and opens a new one for the next query; failures of queries reach their callers.
  pool.on('error', () => undefined);
  return createKyselyAppDb(
    'postgres',
    new Kysely<AppDatabase>({ dialect: new PostgresDialect({ pool }) }),
  );
}
