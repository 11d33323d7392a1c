/** Browser sessions: a random cookie secret, stored hashed, with its CSRF token and expiry. */
import type { AppDb } from '@cairn/core';
import { createSecret, hashSecret } from '../auth/secrets.js';

/** A live session. */
export interface SessionRecord {
  readonly userId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** Starts a session; returns the cookie secret and the CSRF token. */
export async function createSession(
  appDb: AppDb,
  input: { userId: string; now: Date; expiresAt: Date },
): Promise<{ secret: string; csrfToken: string }> {
  const secret = createSecret();
  const csrfToken = createSecret();
  await appDb.db
    .insertInto('sessions')
    .values({
      id_hash: hashSecret(secret),
      user_id: input.userId,
      csrf_token: csrfToken,
      created_at: input.now.toISOString(),
      expires_at: input.expiresAt.toISOString(),
    })
    .execute();
  return { secret, csrfToken };
}

/** The unexpired session with this cookie secret, or undefined. */
export async function findSession(
  appDb: AppDb,
  secret: string,
  now: Date,
): Promise<SessionRecord | undefined> {
  const row = await appDb.db
    .selectFrom('sessions')
    .select(['user_id', 'csrf_token', 'expires_at'])
    .where('id_hash', '=', hashSecret(secret))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

/** Ends a session (signing out). */
export async function deleteSession(appDb: AppDb, secret: string): Promise<void> {
  await appDb.db.deleteFrom('sessions').where('id_hash', '=', hashSecret(secret)).execute();
}

/** Ends every session of a user (deactivation, password change). */
export async function deleteUserSessions(appDb: AppDb, userId: string): Promise<void> {
  await appDb.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Removes expired sessions; returns how many. */
export async function deleteExpiredSessions(appDb: AppDb, now: Date): Promise<number> {
  const result = await appDb.db
    .deleteFrom('sessions')
    .where('expires_at', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
