/**
 * Where to go after logging in: the `next` parameter when it is a path on this site, else the
 * home page. A full URL or `//host` would let a crafted link send users elsewhere after login.
 */

/** The path to open after logging in. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
