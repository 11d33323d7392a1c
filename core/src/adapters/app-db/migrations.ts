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
  '0002_accounts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('email', 'text', (column) => column.notNull().unique())
        .addColumn('password_hash', 'text')
        .addColumn('is_active', 'integer', (column) => column.notNull().defaultTo(1))
        .addColumn('is_superuser', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('last_login_at', 'text')
        .execute();
      await db.schema
        .createTable('groups')
        .addColumn('name', 'text', (column) => column.primaryKey())
        .addColumn('description', 'text', (column) => column.notNull().defaultTo(''))
        .execute();
      await db.schema
        .createTable('group_permissions')
        .addColumn('group_name', 'text', (column) =>
          column.notNull().references('groups.name').onDelete('cascade'),
        )
        .addColumn('permission', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('group_permissions_pk', ['group_name', 'permission'])
        .execute();
      await db.schema
        .createTable('user_groups')
        .addColumn('user_id', 'text', (column) =>
          column.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('group_name', 'text', (column) =>
          column.notNull().references('groups.name').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('user_groups_pk', ['user_id', 'group_name'])
        .execute();
      await db.schema
        .createTable('user_permissions')
        .addColumn('user_id', 'text', (column) =>
          column.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('permission', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('user_permissions_pk', ['user_id', 'permission'])
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('user_id', 'text', (column) =>
          column.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('token_prefix', 'text', (column) => column.notNull())
        .addColumn('notes', 'text', (column) => column.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createIndex('api_tokens_user_id')
        .on('api_tokens')
        .column('user_id')
        .execute();
      await db.schema
        .createTable('api_token_permissions')
        .addColumn('token_id', 'text', (column) =>
          column.notNull().references('api_tokens.id').onDelete('cascade'),
        )
        .addColumn('permission', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('api_token_permissions_pk', ['token_id', 'permission'])
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (column) => column.primaryKey())
        .addColumn('user_id', 'text', (column) =>
          column.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('csrf_token', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
  '0003_bugs_and_versions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bug_associations')
        .addColumn('bug_id', 'integer', (column) => column.notNull())
        .addColumn('signature', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('bug_associations_pk', ['bug_id', 'signature'])
        .execute();
      await db.schema
        .createIndex('bug_associations_signature')
        .on('bug_associations')
        .column('signature')
        .execute();
      await db.schema
        .createTable('product_versions')
        .addColumn('product_name', 'text', (column) => column.notNull())
        .addColumn('release_channel', 'text', (column) => column.notNull())
        .addColumn('major_version', 'integer', (column) => column.notNull())
        .addColumn('release_version', 'text', (column) => column.notNull())
        .addColumn('version_string', 'text', (column) => column.notNull())
        .addColumn('build_id', 'text', (column) => column.notNull())
        .addColumn('archive_url', 'text')
        .addUniqueConstraint('product_versions_unique', [
          'product_name',
          'release_channel',
          'build_id',
          'version_string',
        ])
        .execute();
    },
  },
  '0004_processor_dead_letters': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('processor_dead_letters')
        .addColumn('work_item', 'text', (column) => column.primaryKey())
        .addColumn('crash_id', 'text', (column) => column.notNull())
        .addColumn('ruleset', 'text')
        .addColumn('queue', 'text', (column) => column.notNull())
        .addColumn('reason', 'text', (column) => column.notNull())
        .addColumn('error', 'text', (column) => column.notNull())
        .addColumn('receive_count', 'integer', (column) => column.notNull())
        .addColumn('failed_at', 'text', (column) => column.notNull())
        .addColumn('requeued_at', 'text')
        .execute();
      await db.schema
        .createIndex('processor_dead_letters_failed_at')
        .on('processor_dead_letters')
        .column('failed_at')
        .execute();
    },
  },
  '0005_cron': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cron_jobs')
        .addColumn('name', 'text', (column) => column.primaryKey())
        .addColumn('next_run_at', 'text')
        .addColumn('first_run_at', 'text')
        .addColumn('last_run_at', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('error_count', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('lock_owner', 'text')
        .addColumn('lock_expires_at', 'text')
        .execute();
      await db.schema
        .createTable('cron_logs')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('job_name', 'text', (column) => column.notNull())
        .addColumn('run_time', 'text', (column) => column.notNull())
        .addColumn('started_at', 'text', (column) => column.notNull())
        .addColumn('duration_ms', 'integer', (column) => column.notNull())
        .addColumn('succeeded', 'integer', (column) => column.notNull())
        .addColumn('summary', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema
        .createIndex('cron_logs_job_started')
        .on('cron_logs')
        .columns(['job_name', 'started_at'])
        .execute();
      await db.schema
        .createIndex('cron_logs_started')
        .on('cron_logs')
        .column('started_at')
        .execute();
      await db.schema
        .createTable('missing_processed_crashes')
        .addColumn('crash_id', 'text', (column) => column.primaryKey())
        .addColumn('is_processed', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
};
