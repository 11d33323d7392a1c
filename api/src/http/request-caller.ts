/**
 * Who each API request comes from: authenticated once per request from `Auth-Token` or the
 * session cookie, then counted against the per-address or per-user rate limit and checked for
 * CSRF. The routes read `request.caller`.
 */
import { CairnError } from '@cairn/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ANONYMOUS_CALLER, type Caller } from '../auth/caller.js';
import { authenticate } from '../services/account-service.js';
import type { ServiceDependencies } from '../services/api-services.js';
import { checkCsrf } from './csrf-check.js';
import { RateLimiter } from './rate-limiter.js';
import { SESSION_COOKIE_NAME, readCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller (anonymous until the hook ran). */
    caller: Caller;
  }
}

/** The header API tokens come in (the reference's). */
export const TOKEN_HEADER = 'auth-token';

/** Paths whose requests are authenticated and rate limited. */
export function isApiPath(url: string): boolean {
  return url.startsWith('/graphql') || url.startsWith('/api/');
}

/** The session cookie's secret on a request, if any. */
export function readSessionSecret(request: FastifyRequest): string | undefined {
  return readCookie(request.headers.cookie, SESSION_COOKIE_NAME) || undefined;
}

/** Adds the hook that sets `request.caller` on API paths. */
export function registerRequestCaller(app: FastifyInstance, deps: ServiceDependencies): void {
  const limiter = new RateLimiter();
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request, reply) => {
    request.caller = ANONYMOUS_CALLER;
    if (!isApiPath(request.url)) return;
    const tokenHeader = request.headers[TOKEN_HEADER];
    const token = Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader;
    const sessionSecret = readSessionSecret(request);
    const caller = await authenticate(deps, {
      ...(token !== undefined && { token }),
      ...(sessionSecret !== undefined && { sessionSecret }),
    });
    const nowMs = deps.clock.now().getTime();
    const decision = caller.user
      ? limiter.check(`user:${caller.user.id}`, deps.config.authenticatedRequestsPerMinute, nowMs)
      : limiter.check(`ip:${request.ip}`, deps.config.anonymousRequestsPerMinute, nowMs);
    if (!decision.allowed) {
      reply.header('retry-after', String(decision.retryAfterSeconds));
      throw new CairnError('API_RATE_LIMITED', 'Too Many Requests');
    }
    checkCsrf(request, caller);
    request.caller = caller;
  });
}
