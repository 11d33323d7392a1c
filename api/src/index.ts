/** @cairn/api: the GraphQL API and the Crash Stats-compatible REST API. */
export { buildApi, type ApiDependencies } from './build-api.js';
export { buildApiSchema, printApiSchema } from './graphql/build-schema.js';
export {
  PERMISSIONS,
  PERMISSION_CODENAMES,
  DEFAULT_GROUPS,
  isPermission,
  type Permission,
} from './auth/permissions.js';
export { ANONYMOUS_CALLER, OPERATOR_CALLER, type Caller } from './auth/caller.js';
export {
  adminCreateUser,
  adminGrant,
  adminListUsers,
  adminRevoke,
  adminSetUserActive,
  adminSaveGroup,
  adminListGroups,
  MIN_PASSWORD_LENGTH,
  type AccountDependencies,
} from './services/admin-service.js';
export { ensureDefaultGroups } from './stores/group-store.js';
export { recordSignatureSeen } from './stores/signature-store.js';
export { associateBug, dissociateBug } from './stores/bug-store.js';
export { saveProductVersions } from './stores/product-version-store.js';
export { CRON_JOBS } from './cron/jobs.js';
export type { CronJob, Frequency, JobRun } from './cron/cron-job.js';
export type { CronDependencies } from './cron/cron-dependencies.js';
export {
  createCronRunner,
  type CronRunner,
  type CronRunnerOptions,
  type JobOutcome,
  type JobOutcomeStatus,
  type JobRunResult,
} from './cron/cron-runner.js';
export type { JobStatus } from './cron/job-status.js';
export { listJobRuns, type JobRunRecord } from './cron/run-log-store.js';
export { startCronService, type CronService } from './cron/cron-service.js';
export { formatJobScheduleTable } from './cron/job-schedule-table.js';
