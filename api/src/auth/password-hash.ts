/**
 * Password hashing with argon2id (OWASP's recommended parameters: 19 MiB, 2 passes, 1 lane).
 * Only the PHC string (algorithm, parameters, salt and hash) is stored, never the password.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** argon2id is 2 in @node-rs/argon2's const enum, which isolated modules cannot read at run time. */
const ARGON2ID = 2 as Algorithm;

/** The PHC string for `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

/** Whether `password` matches the stored PHC string; false for malformed hashes. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
