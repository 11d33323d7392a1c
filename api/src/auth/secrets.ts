/** Random secrets for tokens and sessions, and the hash under which they are stored. */
import { createHash, randomBytes } from 'node:crypto';

/** 32 lowercase hex characters (128 random bits), the reference's token format. */
export function createSecret(): string {
  return randomBytes(16).toString('hex');
}

/**
 * Hex SHA-256 of a secret. Secrets are random 128-bit values, so a fast hash is enough: what
 * matters is that a copy of the database does not hand out working tokens.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
