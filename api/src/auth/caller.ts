/** Who is making a request, and what they may do. */
import type { FieldPermission } from '@cairn/core';
import { PERMISSION_CODENAMES, type Permission } from './permissions.js';

/** The signed-in user behind a request. */
export interface CallerUser {
  readonly id: string;
  readonly email: string;
  readonly isSuperuser: boolean;
}

/** The identity and permissions a request acts with. */
export interface Caller {
  /** Null for anonymous requests. */
  readonly user: CallerUser | null;
  /**
   * What the request may do: the user's permissions for a session, the token's own subset
   * (still held by the user) for a token, none for anonymous callers.
   */
  readonly permissions: ReadonlySet<Permission>;
  /** `operator`: the command line, run by whoever can reach the database. */
  readonly via: 'anonymous' | 'session' | 'token' | 'operator';
  /** For session requests: the token state-changing requests must echo. */
  readonly csrfToken?: string;
  /** For token requests: which token. */
  readonly tokenId?: string;
}

/** A caller with no user and no permissions. */
export const ANONYMOUS_CALLER: Caller = Object.freeze({
  user: null,
  permissions: new Set<Permission>(),
  via: 'anonymous',
});

/** The command line's caller: every permission (it has the database anyway). */
export const OPERATOR_CALLER: Caller = Object.freeze({
  user: null,
  permissions: new Set<Permission>(PERMISSION_CODENAMES),
  via: 'operator',
});

/** Whether the caller holds `permission`. */
export function callerHas(caller: Caller, permission: Permission): boolean {
  return caller.permissions.has(permission);
}

/** The caller's permissions that protect catalog fields, as the search planner wants them. */
export function fieldPermissionsOf(caller: Caller): ReadonlySet<FieldPermission> {
  const fieldPermissions = new Set<FieldPermission>();
  if (caller.permissions.has('view_pii')) fieldPermissions.add('view_pii');
  return fieldPermissions;
}
