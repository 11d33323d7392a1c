/**
 * API tokens (the reference's `Token`): a secret shown once to its creator, stored only as a
 * hash, carrying a chosen subset of the owner's permissions, with an expiry and revocation.
 */
import { randomUUID } from 'node:crypto';
import type { AppDb } from '@cairn/core';
import { isPermission, type Permission } from '../auth/permissions.js';
import { createSecret, hashSecret } from '../auth/secrets.js';

/** A token as its owner sees it (never the secret, except once at creation). */
export interface TokenRecord {
  readonly id: string;
  readonly userId: string;
  /** The first 8 characters of the secret, to tell tokens apart. */
  readonly prefix: string;
  readonly notes: string;
  readonly permissions: readonly Permission[];
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

/** What creating a token gives back: the record and the secret, shown this once. */
export interface CreatedToken {
  readonly token: TokenRecord;
  readonly secret: string;
}

/** Stores a new token; the caller has checked that the owner holds `permissions`. */
export async function createToken(
  appDb: AppDb,
  input: {
    userId: string;
    permissions: readonly Permission[];
    notes: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<CreatedToken> {
  const secret = createSecret();
  const id = randomUUID();
  await appDb.db
    .insertInto('api_tokens')
    .values({
      id,
      user_id: input.userId,
      token_hash: hashSecret(secret),
      token_prefix: secret.slice(0, 8),
      notes: input.notes,
      created_at: input.now.toISOString(),
      expires_at: input.expiresAt.toISOString(),
      revoked_at: null,
    })
    .execute();
  const permissions = [...new Set(input.permissions)];
  if (permissions.length > 0) {
    await appDb.db
      .insertInto('api_token_permissions')
      .values(permissions.map((permission) => ({ token_id: id, permission })))
      .execute();
  }
  return { token: (await findTokenById(appDb, id))!, secret };
}

/** The token whose secret this is (revoked and expired ones included), or undefined. */
export async function findTokenBySecret(
  appDb: AppDb,
  secret: string,
): Promise<TokenRecord | undefined> {
  const row = await appDb.db
    .selectFrom('api_tokens')
    .select('id')
    .where('token_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  return row ? findTokenById(appDb, row.id) : undefined;
}

/** The token with this id, or undefined. */
export async function findTokenById(appDb: AppDb, id: string): Promise<TokenRecord | undefined> {
  const row = await appDb.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const grants = await appDb.db
    .selectFrom('api_token_permissions')
    .select('permission')
    .where('token_id', '=', id)
    .orderBy('permission')
    .execute();
  return {
    id: row.id,
    userId: row.user_id,
    prefix: row.token_prefix,
    notes: row.notes,
    permissions: grants.map((grant) => grant.permission).filter(isPermission),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** A user's tokens, newest first. */
export async function listTokens(appDb: AppDb, userId: string): Promise<TokenRecord[]> {
  const rows = await appDb.db
    .selectFrom('api_tokens')
    .select('id')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const tokens = await Promise.all(rows.map((row) => findTokenById(appDb, row.id)));
  return tokens.filter((token): token is TokenRecord => token !== undefined);
}

/** Marks a user's token revoked; false when the user has no such token. */
export async function revokeToken(
  appDb: AppDb,
  userId: string,
  tokenId: string,
  now: Date,
): Promise<boolean> {
  const result = await appDb.db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
