/** Signing in and out, API tokens, and turning request credentials into a Caller. */
import { CairnError } from '@cairn/core';
import { ANONYMOUS_CALLER, type Caller } from '../auth/caller.js';
import { hashPassword, verifyPassword } from '../auth/password-hash.js';
import { isPermission, type Permission } from '../auth/permissions.js';
import { createSession, deleteSession, findSession } from '../stores/session-store.js';
import {
  createToken,
  findTokenBySecret,
  listTokens,
  revokeToken,
  type CreatedToken,
  type TokenRecord,
} from '../stores/token-store.js';
import {
  findUserByEmail,
  findUserById,
  readPasswordHash,
  readUserPermissions,
  updateUser,
  type UserRecord,
} from '../stores/user-store.js';
import type { ServiceDependencies } from './api-services.js';

/** Longest notes a token may carry (the reference's). */
export const MAX_TOKEN_NOTES_LENGTH = 2000;

/** Checks an e-mail address and password and starts a session. */
export async function signIn(
  deps: ServiceDependencies,
  email: string,
  password: string,
): Promise<{ user: UserRecord; sessionSecret: string; csrfToken: string; expiresAt: Date }> {
  const user = await findUserByEmail(deps.appDb, email);
  const storedHash = user ? await readPasswordHash(deps.appDb, user.id) : null;
  // Unknown accounts cost one hashing too, so the answer's timing does not tell them apart.
  const matches = storedHash
    ? await verifyPassword(storedHash, password)
    : (await hashPassword(password), false);
  if (!user || !storedHash || !matches) {
    throw new CairnError('AUTH_LOGIN_FAILED', 'Unknown e-mail address or wrong password');
  }
  if (!user.isActive) throw new CairnError('AUTH_USER_INACTIVE', 'This account is deactivated');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.sessionHours * 3_600_000);
  const session = await createSession(deps.appDb, { userId: user.id, now, expiresAt });
  await updateUser(deps.appDb, user.id, { lastLoginAt: now });
  return { user, sessionSecret: session.secret, csrfToken: session.csrfToken, expiresAt };
}

/** Ends the session with this cookie secret. */
export async function signOut(deps: ServiceDependencies, sessionSecret: string): Promise<void> {
  await deleteSession(deps.appDb, sessionSecret);
}

/**
 * The caller behind a request's credentials. A token (`Auth-Token`) wins over a session
 * cookie. Token errors carry the reference's messages; a stale or unknown session cookie
 * simply means an anonymous caller.
 */
export async function authenticate(
  deps: ServiceDependencies,
  credentials: { token?: string; sessionSecret?: string },
): Promise<Caller> {
  const now = deps.clock.now();
  if (credentials.token !== undefined) {
    const token = await findTokenBySecret(deps.appDb, credentials.token.trim());
    if (!token || token.revokedAt !== null) {
      throw new CairnError('AUTH_TOKEN_UNKNOWN', 'API Token not matched');
    }
    if (token.expiresAt <= now.toISOString()) {
      throw new CairnError('AUTH_TOKEN_EXPIRED', 'API Token found but expired');
    }
    const user = await findUserById(deps.appDb, token.userId);
    if (!user?.isActive) throw new CairnError('AUTH_USER_INACTIVE', 'User of API token not active');
    // A token carries its own permissions, limited to what its owner still holds.
    const held = await readUserPermissions(deps.appDb, user.id);
    const permissions = new Set(token.permissions.filter((permission) => held.has(permission)));
    return {
      user: { id: user.id, email: user.email, isSuperuser: user.isSuperuser },
      permissions,
      via: 'token',
      tokenId: token.id,
    };
  }
  if (credentials.sessionSecret !== undefined) {
    const session = await findSession(deps.appDb, credentials.sessionSecret, now);
    if (!session) return ANONYMOUS_CALLER;
    const user = await findUserById(deps.appDb, session.userId);
    if (!user?.isActive) return ANONYMOUS_CALLER;
    return {
      user: { id: user.id, email: user.email, isSuperuser: user.isSuperuser },
      permissions: await readUserPermissions(deps.appDb, user.id),
      via: 'session',
      csrfToken: session.csrfToken,
    };
  }
  return ANONYMOUS_CALLER;
}

/** Throws AUTH_REQUIRED for anonymous callers; returns the user otherwise. */
export function requireUser(caller: Caller): NonNullable<Caller['user']> {
  if (!caller.user) throw new CairnError('AUTH_REQUIRED', 'Sign in or send an API token first');
  return caller.user;
}

/**
 * Creates a token for the caller with a subset of the caller's permissions. Tokens cannot
 * create tokens: a leaked token must not be able to outlive its own expiry.
 */
export async function createApiToken(
  deps: ServiceDependencies,
  caller: Caller,
  input: { permissions: readonly string[]; notes?: string; expiresInDays?: number },
): Promise<CreatedToken> {
  const user = requireUser(caller);
  if (caller.via === 'token') {
    throw new CairnError('AUTH_FORBIDDEN', 'API tokens cannot create other tokens; sign in');
  }
  const permissions: Permission[] = [];
  for (const name of input.permissions) {
    if (!isPermission(name))
      throw new CairnError('BAD_REQUEST', `Unknown permission ${JSON.stringify(name)}`);
    if (!caller.permissions.has(name)) {
      throw new CairnError(
        'AUTH_FORBIDDEN',
        `You do not hold the ${name} permission, so a token cannot carry it`,
      );
    }
    permissions.push(name);
  }
  const notes = input.notes ?? '';
  if (notes.length > MAX_TOKEN_NOTES_LENGTH) {
    throw new CairnError(
      'BAD_REQUEST',
      `Notes are limited to ${MAX_TOKEN_NOTES_LENGTH} characters`,
    );
  }
  const days = input.expiresInDays ?? deps.config.tokenExpiryDays;
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new CairnError('BAD_REQUEST', 'A token expires in 1 to 3650 whole days');
  }
  const now = deps.clock.now();
  return createToken(deps.appDb, {
    userId: user.id,
    permissions,
    notes,
    now,
    expiresAt: new Date(now.getTime() + days * 86_400_000),
  });
}

/** The caller's tokens. */
export async function listApiTokens(
  deps: ServiceDependencies,
  caller: Caller,
): Promise<TokenRecord[]> {
  return listTokens(deps.appDb, requireUser(caller).id);
}

/** Revokes one of the caller's tokens; NOT_FOUND when the caller has no such live token. */
export async function revokeApiToken(
  deps: ServiceDependencies,
  caller: Caller,
  tokenId: string,
): Promise<void> {
  const revoked = await revokeToken(deps.appDb, requireUser(caller).id, tokenId, deps.clock.now());
  if (!revoked) throw new CairnError('NOT_FOUND', 'No such live token');
}
