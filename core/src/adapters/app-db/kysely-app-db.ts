/** The AppDb behaviour shared by both dialects: migrations and health, over a Kysely instance. */
import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { CairnError } from '../../errors.js';
import type { AppDatabase, AppDb } from '../../ports/app-db.js';
import { APP_DB_MIGRATIONS } from './migrations.js';

const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...APP_DB_MIGRATIONS }),
};

/** Wraps a Kysely instance of either dialect as an AppDb. */
export function createKyselyAppDb(dialect: AppDb['dialect'], db: Kysely<AppDatabase>): AppDb {
  return {
    dialect,
    db,
    async migrate() {
      const { error, results } = await new Migrator({
        db,
        provider: migrationProvider,
      }).migrateToLatest();
      if (error) {
        const failed =
          results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
        throw new CairnError('DATABASE_UNAVAILABLE', `Database migration ${failed} failed`, {
          cause: error,
        });
      }
    },
    async checkHealth() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
