/**
 * Cross-site request forgery protection for requests that change state. A browser sends the
 * session cookie with any request to this site, even one a hostile page started; such a page
 * can neither read the session's CSRF token nor set custom headers without a CORS preflight
 * (which the API never grants). So a cookie-authenticated unsafe request must echo the token
 * in `X-CSRF-Token`, and any unsafe request the browser marks as cross-site is refused.
 */
import { CairnError } from '@cairn/core';
import type { Caller } from '../auth/caller.js';

/** The header the SPA echoes the session's CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the check reads from a request. */
export interface CsrfRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

function header(request: CsrfRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Whether the browser says the request comes from another site. */
function isCrossSite(request: CsrfRequest): boolean {
  const fetchSite = header(request, 'sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = header(request, 'origin');
  const host = header(request, 'host');
  if (!origin || origin === 'null' || !host) return origin === 'null';
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Throws AUTH_CSRF_REJECTED when an unsafe request may be forged. */
export function checkCsrf(request: CsrfRequest, caller: Caller): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (isCrossSite(request)) {
    throw new CairnError('AUTH_CSRF_REJECTED', 'Cross-site requests that change state are refused');
  }
  if (caller.via === 'session' && header(request, CSRF_HEADER) !== caller.csrfToken) {
    throw new CairnError(
      'AUTH_CSRF_REJECTED',
      `This request needs the session's CSRF token in the ${CSRF_HEADER} header`,
    );
  }
}
