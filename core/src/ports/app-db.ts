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

/** Accounts. Flags are 0/1 integers in both dialects (docs/decisions.md, API). */
export interface UserTable {
  /** A random UUID. */
  id: string;
  /** Lowercased; unique. */
  email: string;
  /** An argon2id PHC string; null for accounts that cannot sign in with a password. */
  password_hash: string | null;
  is_active: number;
  /** Holds every permission. */
  is_superuser: number;
  created_at: string;
  last_login_at: string | null;
}

/** Named sets of permissions (the reference's Hackers group). */
export interface GroupTable {
  name: string;
  description: string;
}

/** Which permissions a group grants. */
export interface GroupPermissionTable {
  group_name: string;
  permission: string;
}

/** Group membership. */
export interface UserGroupTable {
  user_id: string;
  group_name: string;
}

/** Permissions granted to a user directly, outside any group. */
export interface UserPermissionTable {
  user_id: string;
  permission: string;
}

/** API tokens; only a SHA-256 hash of the secret is kept. */
export interface ApiTokenTable {
  id: string;
  user_id: string;
  /** Hex SHA-256 of the token secret; unique. */
  token_hash: string;
  /** The first characters of the secret, shown to its owner to tell tokens apart. */
  token_prefix: string;
  notes: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** The permissions a token carries (a subset of its owner's at creation). */
export interface ApiTokenPermissionTable {
  token_id: string;
  permission: string;
}

/** Browser sessions; only a SHA-256 hash of the cookie secret is kept. */
export interface SessionTable {
  /** Hex SHA-256 of the session cookie's secret. */
  id_hash: string;
  user_id: string;
  /** The token the session's state-changing requests must echo in `X-CSRF-Token`. */
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Bug ↔ signature links (the reference's `BugAssociation`). */
export interface BugAssociationTable {
  bug_id: number;
  signature: string;
}

/** Released builds per product and channel (the reference's `ProductVersion`). */
export interface ProductVersionTable {
  product_name: string;
  release_channel: string;
  major_version: number;
  release_version: string;
  version_string: string;
  build_id: string;
  archive_url: string | null;
}

/**
 * Crashes the processor gave up on after CAIRN_PROCESSOR_MAX_ATTEMPTS deliveries (or could not
 * run at all), one row per work item, for `cairn processor dead-letters` and `cairn reprocess`.
 */
export interface ProcessorDeadLetterTable {
  /** The queue message body: `crashid` or `crashid:ruleset`. */
  work_item: string;
  crash_id: string;
  /** The rule set the message asked for; null for the default one. */
  ruleset: string | null;
  /** The queue the message came from. */
  queue: string;
  /** Why it is a dead letter: `attempts_exhausted`, `processing_failed`, `unknown_ruleset`. */
  reason: string;
  /** The last error's class and message, for operators (never shown publicly). */
  error: string;
  /** Deliveries of the message when it was given up. */
  receive_count: number;
  /** ISO-8601 UTC time it was given up. */
  failed_at: string;
  /** ISO-8601 UTC time it was queued again, or null while it waits. */
  requeued_at: string | null;
}

/**
 * One scheduled job's state (api/src/cron): when it last succeeded and runs next, its errors,
 * and the lock a runner holds while running it (taken over once `lock_expires_at` is past).
 */
export interface CronJobTable {
  name: string;
  /** ISO-8601 UTC; null until the job first ran (it is then due at once, or at its time). */
  next_run_at: string | null;
  first_run_at: string | null;
  last_run_at: string | null;
  /** The run time of the last successful run (for backfill jobs, the last slot done). */
  last_success_at: string | null;
  /** Failures since the last success. */
  error_count: number;
  /** The last failure's error class and message, for operators. */
  last_error: string | null;
  /** Which runner holds the job (`host:pid:random`); null when nobody runs it. */
  lock_owner: string | null;
  lock_expires_at: string | null;
}

/** One run (one slot, for backfill jobs) of a scheduled job; kept 180 days. */
export interface CronLogTable {
  /** A random UUID. */
  id: string;
  job_name: string;
  /** The time the run was for: now, or the missed slot a backfill job caught up. */
  run_time: string;
  started_at: string;
  duration_ms: number;
  /** 1 when the run succeeded, 0 when it threw. */
  succeeded: number;
  /** What the job reported doing, for operators. */
  summary: string | null;
  /** The error class and message of a failed run. */
  error: string | null;
}

/** Raw crashes found without a processed crash or index entry (the reference's `MissingProcessedCrash`). */
export interface MissingProcessedCrashTable {
  crash_id: string;
  /** 0 while missing; 1 once `updatemissing` found it processed. */
  is_processed: number;
  created_at: string;
}

/** Every table of the application database. */
export interface AppDatabase {
  signatures: SignatureTable;
  users: UserTable;
  groups: GroupTable;
  group_permissions: GroupPermissionTable;
  user_groups: UserGroupTable;
  user_permissions: UserPermissionTable;
  api_tokens: ApiTokenTable;
  api_token_permissions: ApiTokenPermissionTable;
  sessions: SessionTable;
  bug_associations: BugAssociationTable;
  product_versions: ProductVersionTable;
  processor_dead_letters: ProcessorDeadLetterTable;
  cron_jobs: CronJobTable;
  cron_logs: CronLogTable;
  missing_processed_crashes: MissingProcessedCrashTable;
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
