/**
 * AppDb: the application database (users, tokens, bugs, signatures, versions, job state),
 * reached through Kysely so the same queries run on SQLite and PostgreSQL.
 * Timestamps are stored as ISO-8601 UTC text in both dialects (docs/decisions.md).
 */
import type { Kysely } from 'kysely';

/** First appearance of each signature (Socorro's `Signature` table). */
export interface SignatureTable {
  signature: string;
  /** ISO-8601 UTC time of the first crash seen with this signature. */
  first_date: string;
  /** Build id of that first crash, when known. */
  first_build: string | null;
}

/** Every table of the application database. */
export interface AppDatabase {
  signatures: SignatureTable;
}

/** The database port. Every adapter passes core/test/contracts/app-db.contract.ts. */
export interface AppDb {
  /** Which SQL dialect is behind `db`. */
  readonly dialect: 'sqlite' | 'postgres';
  /** The typed query builder. */
  readonly db: Kysely<AppDatabase>;
  /** Applies every migration not applied yet; safe to call on every start. */
  migrate(): Promise<void>;
  /** Resolves when a query succeeds; rejects with the reason otherwise. */
  checkHealth(): Promise<void>;
  /** Closes the connections. */
  close(): Promise<void>;
}
