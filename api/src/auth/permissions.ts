/**
 * The permissions a user, group or token can hold: the reference's three that still gate
 * something (research/crashstats-webapp.md §3.1), plus `manage_users` for Cairn's own
 * account administration (the reference leaves that to Django's admin site).
 */

/** Each permission with the display name the reference uses in its messages. */
export const PERMISSIONS = {
  view_pii: 'View Personal Identifiable Information',
  view_rawdump: 'View Raw Dumps',
  reprocess_crashes: 'Reprocess Crashes',
  manage_users: 'Manage Users',
} as const;

/** A permission codename. */
export type Permission = keyof typeof PERMISSIONS;

/** Every permission codename, in display order. */
export const PERMISSION_CODENAMES = Object.keys(PERMISSIONS) as readonly Permission[];

/** Whether `name` is a permission codename. */
export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}

/** Groups every new database starts with: the reference's "Hackers". */
export const DEFAULT_GROUPS: Readonly<Record<string, readonly Permission[]>> = {
  Hackers: ['reprocess_crashes', 'view_pii', 'view_rawdump'],
};
