/** Groups of permissions and their members, in the AppDb. */
import { CairnError, type AppDb } from '@cairn/core';
import { DEFAULT_GROUPS, isPermission, type Permission } from '../auth/permissions.js';

/** A group as the API shows it. */
export interface GroupRecord {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly Permission[];
  readonly memberCount: number;
}

/**
 * Creates the default groups that do not exist yet; safe on every start, also when several
 * API processes start at once (a group another process created first is left as it is).
 */
export async function ensureDefaultGroups(appDb: AppDb): Promise<void> {
  for (const [name, permissions] of Object.entries(DEFAULT_GROUPS)) {
    const exists = await appDb.db
      .selectFrom('groups')
      .select('name')
      .where('name', '=', name)
      .executeTakeFirst();
    if (exists) continue;
    await appDb.db
      .insertInto('groups')
      .values({ name, description: 'Created by Cairn with the reference’s permissions.' })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    await appDb.db
      .insertInto('group_permissions')
      .values(permissions.map((permission) => ({ group_name: name, permission })))
      .onConflict((conflict) => conflict.columns(['group_name', 'permission']).doNothing())
      .execute();
  }
}

/** Adds a group; throws API_CONFLICT when the name is taken. */
export async function createGroup(
  appDb: AppDb,
  name: string,
  permissions: readonly Permission[],
  description = '',
): Promise<void> {
  if (name.trim() === '') throw new CairnError('BAD_REQUEST', 'A group needs a name');
  const exists = await appDb.db
    .selectFrom('groups')
    .select('name')
    .where('name', '=', name)
    .executeTakeFirst();
  if (exists) throw new CairnError('API_CONFLICT', `A group named ${name} already exists`);
  await appDb.db.insertInto('groups').values({ name, description }).execute();
  await setGroupPermissions(appDb, name, permissions);
}

/** Replaces a group's permissions. Tokens lose what their owners lose (checked on use). */
export async function setGroupPermissions(
  appDb: AppDb,
  name: string,
  permissions: readonly Permission[],
): Promise<void> {
  await requireGroup(appDb, name);
  await appDb.db.deleteFrom('group_permissions').where('group_name', '=', name).execute();
  const unique = [...new Set(permissions)];
  if (unique.length > 0) {
    await appDb.db
      .insertInto('group_permissions')
      .values(unique.map((permission) => ({ group_name: name, permission })))
      .execute();
  }
}

/** Throws NOT_FOUND naming the group when it does not exist. */
export async function requireGroup(appDb: AppDb, name: string): Promise<void> {
  const exists = await appDb.db
    .selectFrom('groups')
    .select('name')
    .where('name', '=', name)
    .executeTakeFirst();
  if (!exists) throw new CairnError('NOT_FOUND', `No group named ${name}`);
}

/** Every group with its permissions and member count, by name. */
export async function listGroups(appDb: AppDb): Promise<GroupRecord[]> {
  const [groups, grants, members] = await Promise.all([
    appDb.db.selectFrom('groups').selectAll().orderBy('name').execute(),
    appDb.db.selectFrom('group_permissions').selectAll().orderBy('permission').execute(),
    appDb.db.selectFrom('user_groups').select('group_name').execute(),
  ]);
  return groups.map((group) => ({
    name: group.name,
    description: group.description,
    permissions: grants
      .filter((grant) => grant.group_name === group.name)
      .map((grant) => grant.permission)
      .filter(isPermission),
    memberCount: members.filter((member) => member.group_name === group.name).length,
  }));
}

/** Puts a user in a group (no-op when already a member). */
export async function addUserToGroup(appDb: AppDb, userId: string, name: string): Promise<void> {
  await requireGroup(appDb, name);
  await appDb.db
    .insertInto('user_groups')
    .values({ user_id: userId, group_name: name })
    .onConflict((conflict) => conflict.columns(['user_id', 'group_name']).doNothing())
    .execute();
}

/** Takes a user out of a group. */
export async function removeUserFromGroup(
  appDb: AppDb,
  userId: string,
  name: string,
): Promise<void> {
  await appDb.db
    .deleteFrom('user_groups')
    .where('user_id', '=', userId)
    .where('group_name', '=', name)
    .execute();
}
