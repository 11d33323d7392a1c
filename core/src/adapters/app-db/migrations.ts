/**
 * The application database's migrations, oldest first. Append only: a migration that has been
 * released is never edited, because databases out there have already applied it.
 * Each is written with Kysely's schema builder so it runs on SQLite and PostgreSQL alike.
 */
import type { Kysely, Migration } from 'kysely';

/** Every migration, keyed by a name that sorts in the order they apply. */
export const APP_DB_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_signatures': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('signatures')
        .addColumn('signature', 'text', (column) => column.primaryKey())
        .addColumn('first_date', 'text', (column) => column.notNull())
        .addColumn('first_build', 'text')
        .execute();
    },
  },
};
