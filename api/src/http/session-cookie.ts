/** The session cookie: HttpOnly, SameSite=Lax, path /, Secure behind TLS. */

/** The cookie's name. */
export const SESSION_COOKIE_NAME = 'cairn_session';

/** The value of a cookie in a `Cookie` header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The `Set-Cookie` value that stores a session. SameSite=Lax keeps the cookie off cross-site
 * subrequests and POSTs; HttpOnly keeps it away from scripts.
 */
export function formatSessionCookie(
  secret: string,
  options: { maxAgeSeconds: number; secure: boolean },
): string {
  return [
    `${SESSION_COOKIE_NAME}=${encodeURIComponent(secret)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** The `Set-Cookie` value that removes the session cookie. */
export function formatClearedSessionCookie(secure: boolean): string {
  return formatSessionCookie('', { maxAgeSeconds: 0, secure });
}
