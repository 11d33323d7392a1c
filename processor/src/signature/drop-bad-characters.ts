/**
 * The reference's `drop_bad_characters`: keeps printable ASCII (space to `~`) and drops control
 * characters, tabs, newlines and anything non-ASCII. Used for abort messages and signatures.
 */
import { pythonIterate } from './python/python-values.js';

/** `text` with only its printable ASCII characters (list items that are one such character, too). */
export function dropBadCharacters(text: unknown): string {
  return pythonIterate(text)
    .filter((char): char is string => typeof char === 'string' && /^[ -~]$/.test(char))
    .join('');
}
