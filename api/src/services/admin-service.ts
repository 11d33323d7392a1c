/** Account administration; every function needs `manage_users`. */
import { CairnError } from '@cairn/core';
import type { Caller } from '../auth/caller.js';
import { hashPassword } from '../auth/password-hash.js';
import { isPermission, type Permission } from '../auth/permissions.js';
import {
  addUserToGroup,
  createGroup,
  listGroups,
  removeUserFromGroup,
  setGroupPermissions,
  type GroupRecord,
} from '../stores/group-store.js';
import { deleteUserSessions } from '../stores/session-store.js';
import {
  createUser,
  findUserById,
  grantUserPermission,
  listUsers,
  requireUserByEmail,
  revokeUserPermission,
  updateUser,
  type UserRecord,
} from '../stores/user-store.js';
import type { ServiceDependencies } from './api-services.js';

/** Administration needs only the database and a clock (so `cairn users` can run it). */
export type AccountDependencies = Pick<ServiceDependencies, 'appDb' | 'clock'>;

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12;

function requireManager(caller: Caller): void {
  if (!caller.permissions.has('manage_users')) {
    throw new CairnError('AUTH_FORBIDDEN', "This requires the 'Manage Users' permission");
  }
}

/** Reads a permission codename; throws BAD_REQUEST for unknown ones. */
export function parsePermission(name: string): Permission {
  if (!isPermission(name))
    throw new CairnError('BAD_REQUEST', `Unknown permission ${JSON.stringify(name)}`);
  return name;
}

/** Hashes a new password after checking its length. */
export async function hashNewPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CairnError(
      'BAD_REQUEST',
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  return hashPassword(password);
}

/** Every user. */
export async function adminListUsers(
  deps: AccountDependencies,
  caller: Caller,
): Promise<UserRecord[]> {
  requireManager(caller);
  return listUsers(deps.appDb);
}

/** Every group. */
export async function adminListGroups(
  deps: AccountDependencies,
  caller: Caller,
): Promise<GroupRecord[]> {
  requireManager(caller);
  return listGroups(deps.appDb);
}

/** Creates a user with a password. */
export async function adminCreateUser(
  deps: AccountDependencies,
  caller: Caller,
  input: { email: string; password: string; isSuperuser?: boolean },
): Promise<UserRecord> {
  requireManager(caller);
  return createUser(deps.appDb, {
    email: input.email,
    passwordHash: await hashNewPassword(input.password),
    isSuperuser: input.isSuperuser ?? false,
    now: deps.clock.now(),
  });
}

/** Activates or deactivates a user; deactivation ends the user's sessions. */
export async function adminSetUserActive(
  deps: AccountDependencies,
  caller: Caller,
  email: string,
  isActive: boolean,
): Promise<UserRecord> {
  requireManager(caller);
  const user = await requireUserByEmail(deps.appDb, email);
  await updateUser(deps.appDb, user.id, { isActive });
  if (!isActive) await deleteUserSessions(deps.appDb, user.id);
  return (await findUserById(deps.appDb, user.id))!;
}

/** Grants a permission, or membership of a group, to a user. */
export async function adminGrant(
  deps: AccountDependencies,
  caller: Caller,
  input: { email: string; permission?: string; group?: string },
): Promise<UserRecord> {
  requireManager(caller);
  const user = await requireUserByEmail(deps.appDb, input.email);
  if (input.permission !== undefined) {
    await grantUserPermission(deps.appDb, user.id, parsePermission(input.permission));
  }
  if (input.group !== undefined) await addUserToGroup(deps.appDb, user.id, input.group);
  return (await findUserById(deps.appDb, user.id))!;
}

/** Takes a direct permission, or a group membership, away from a user. */
export async function adminRevoke(
  deps: AccountDependencies,
  caller: Caller,
  input: { email: string; permission?: string; group?: string },
): Promise<UserRecord> {
  requireManager(caller);
  const user = await requireUserByEmail(deps.appDb, input.email);
  if (input.permission !== undefined) {
    await revokeUserPermission(deps.appDb, user.id, parsePermission(input.permission));
  }
  if (input.group !== undefined) await removeUserFromGroup(deps.appDb, user.id, input.group);
  return (await findUserById(deps.appDb, user.id))!;
}

/** Creates a group or replaces an existing group's permissions. */
export async function adminSaveGroup(
  deps: AccountDependencies,
  caller: Caller,
  input: { name: string; permissions: readonly string[]; description?: string; create: boolean },
): Promise<GroupRecord> {
  requireManager(caller);
  const permissions = input.permissions.map(parsePermission);
  if (input.create) await createGroup(deps.appDb, input.name, permissions, input.description);
  else await setGroupPermissions(deps.appDb, input.name, permissions);
  return (await listGroups(deps.appDb)).find((group) => group.name === input.name)!;
}
