/** Users and what they are allowed to do, in the AppDb. */
import { randomUUID } from 'node:crypto';
import { CairnError, type AppDb } from '@cairn/core';
import { PERMISSION_CODENAMES, isPermission, type Permission } from '../auth/permissions.js';

/** A user as the API shows it. */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly isActive: boolean;
  readonly isSuperuser: boolean;
  readonly createdAt: string;
  readonly lastLoginAt: string | null;
  /** Groups the user belongs to, sorted. */
  readonly groups: readonly string[];
  /** Permissions granted directly, sorted. */
  readonly directPermissions: readonly Permission[];
}

/** What a new user is made of. */
export interface NewUser {
  readonly email: string;
  /** An argon2 PHC string; null when the user cannot sign in with a password. */
  readonly passwordHash: string | null;
  readonly isSuperuser?: boolean;
  readonly now: Date;
}

/** E-mail addresses are compared lowercased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Adds a user; throws API_CONFLICT when the e-mail address is taken. */
export async function createUser(appDb: AppDb, user: NewUser): Promise<UserRecord> {
  const email = normalizeEmail(user.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new CairnError('BAD_REQUEST', `Not an e-mail address: ${JSON.stringify(user.email)}`);
  }
  if (await findUserIdByEmail(appDb, email)) {
    throw new CairnError('API_CONFLICT', `A user with the e-mail address ${email} already exists`);
  }
  const id = randomUUID();
  await appDb.db
    .insertInto('users')
    .values({
      id,
      email,
      password_hash: user.passwordHash,
      is_active: 1,
      is_superuser: user.isSuperuser ? 1 : 0,
      created_at: user.now.toISOString(),
      last_login_at: null,
    })
    .execute();
  return (await findUserById(appDb, id))!;
}

async function findUserIdByEmail(appDb: AppDb, email: string): Promise<string | undefined> {
  const row = await appDb.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst();
  return row?.id;
}

/** The user with this id, or undefined. */
export async function findUserById(appDb: AppDb, id: string): Promise<UserRecord | undefined> {
  const row = await appDb.db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [groups, direct] = await Promise.all([
    appDb.db
      .selectFrom('user_groups')
      .select('group_name')
      .where('user_id', '=', id)
      .orderBy('group_name')
      .execute(),
    appDb.db
      .selectFrom('user_permissions')
      .select('permission')
      .where('user_id', '=', id)
      .orderBy('permission')
      .execute(),
  ]);
  return {
    id: row.id,
    email: row.email,
    isActive: row.is_active === 1,
    isSuperuser: row.is_superuser === 1,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
    groups: groups.map((group) => group.group_name),
    directPermissions: direct.map((grant) => grant.permission).filter(isPermission),
  };
}

/** The user with this e-mail address, or undefined. */
export async function findUserByEmail(
  appDb: AppDb,
  email: string,
): Promise<UserRecord | undefined> {
  const id = await findUserIdByEmail(appDb, email);
  return id === undefined ? undefined : findUserById(appDb, id);
}

/** The user with this e-mail address; throws NOT_FOUND naming it otherwise. */
export async function requireUserByEmail(appDb: AppDb, email: string): Promise<UserRecord> {
  const user = await findUserByEmail(appDb, email);
  if (!user) throw new CairnError('NOT_FOUND', `No user with the e-mail address ${email}`);
  return user;
}

/** The stored password hash of a user (for sign-in only). */
export async function readPasswordHash(appDb: AppDb, userId: string): Promise<string | null> {
  const row = await appDb.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash ?? null;
}

/** Every user, by e-mail address. */
export async function listUsers(appDb: AppDb): Promise<UserRecord[]> {
  const rows = await appDb.db.selectFrom('users').select('id').orderBy('email').execute();
  const users = await Promise.all(rows.map((row) => findUserById(appDb, row.id)));
  return users.filter((user): user is UserRecord => user !== undefined);
}

/** Changes a user's flags or password hash. */
export async function updateUser(
  appDb: AppDb,
  userId: string,
  changes: { isActive?: boolean; isSuperuser?: boolean; passwordHash?: string; lastLoginAt?: Date },
): Promise<void> {
  const values = {
    ...(changes.isActive !== undefined && { is_active: changes.isActive ? 1 : 0 }),
    ...(changes.isSuperuser !== undefined && { is_superuser: changes.isSuperuser ? 1 : 0 }),
    ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
    ...(changes.lastLoginAt !== undefined && { last_login_at: changes.lastLoginAt.toISOString() }),
  };
  if (Object.keys(values).length === 0) return;
  await appDb.db.updateTable('users').set(values).where('id', '=', userId).execute();
}

/**
 * What a user may do: every permission for a superuser, otherwise the direct grants plus
 * those of the user's groups. Inactive users hold nothing.
 */
export async function readUserPermissions(appDb: AppDb, userId: string): Promise<Set<Permission>> {
  const user = await appDb.db
    .selectFrom('users')
    .select(['is_active', 'is_superuser'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.is_active !== 1) return new Set();
  if (user.is_superuser === 1) return new Set(PERMISSION_CODENAMES);
  const [direct, viaGroups] = await Promise.all([
    appDb.db
      .selectFrom('user_permissions')
      .select('permission')
      .where('user_id', '=', userId)
      .execute(),
    appDb.db
      .selectFrom('user_groups')
      .innerJoin('group_permissions', 'group_permissions.group_name', 'user_groups.group_name')
      .select('group_permissions.permission')
      .where('user_groups.user_id', '=', userId)
      .execute(),
  ]);
  return new Set([...direct, ...viaGroups].map((row) => row.permission).filter(isPermission));
}

/** Grants a permission to a user directly (no-op when already granted). */
export async function grantUserPermission(
  appDb: AppDb,
  userId: string,
  permission: Permission,
): Promise<void> {
  await appDb.db
    .insertInto('user_permissions')
    .values({ user_id: userId, permission })
    .onConflict((conflict) => conflict.columns(['user_id', 'permission']).doNothing())
    .execute();
}

/** Takes a directly granted permission away (group grants stay). */
export async function revokeUserPermission(
  appDb: AppDb,
  userId: string,
  permission: Permission,
): Promise<void> {
  await appDb.db
    .deleteFrom('user_permissions')
    .where('user_id', '=', userId)
    .where('permission', '=', permission)
    .execute();
}
