/**
 * GraphQL fields that need a permission or a signed-in user for reasons outside the field
 * catalog (downloads, reprocessing, account administration). The shield reads this list; the
 * permission-matrix test reads it too.
 */
import type { Permission } from '../../auth/permissions.js';

/** `[type, field, permission]`. */
export const PERMISSION_GATED_FIELDS: readonly (readonly [string, string, Permission])[] = [
  ['Crash', 'dumps', 'view_rawdump'],
  ['Crash', 'protectedAnnotations', 'view_pii'],
  ['Mutation', 'reprocessCrashes', 'reprocess_crashes'],
  ['Query', 'users', 'manage_users'],
  ['Query', 'groups', 'manage_users'],
  ['Mutation', 'createUser', 'manage_users'],
  ['Mutation', 'setUserActive', 'manage_users'],
  ['Mutation', 'grantToUser', 'manage_users'],
  ['Mutation', 'revokeFromUser', 'manage_users'],
  ['Mutation', 'saveGroup', 'manage_users'],
  ['Query', 'cronJobs', 'manage_users'],
];

/** `[type, field]` that need a user (session or token) but no permission. */
export const SIGNED_IN_FIELDS: readonly (readonly [string, string])[] = [
  ['Mutation', 'createApiToken'],
  ['Mutation', 'revokeApiToken'],
];
