/**
 * The search pages' own rate limit. The reference limits its Super Search page, the page's
 * XHR endpoints and the signature report to 10 requests a minute per address (100 for a
 * signed-in user), well under the API's 100/1000, because each one is an Elasticsearch
 * aggregation. In Cairn those pages are GraphQL `search`, `searchCrashStatsQuery` and
 * `signature` queries, so this limit counts GraphQL requests that run one. Token callers are
 * scripts using the API and keep only the API's limit; one request counts once, however many
 * searches it holds.
 */
import { CairnError, type ApiConfig } from '@cairn/core';
import type { Caller } from '../auth/caller.js';
import type { RateLimiter } from './rate-limiter.js';

/** What a request needs to count its searches. */
export interface SearchRateRequest {
  readonly caller: Caller;
  readonly ip: string;
  readonly nowMs: number;
}

/**
 * Returns the check a search resolver calls before searching; it throws API_RATE_LIMITED past
 * the limit and tells `onLimited` how long to wait.
 */
export function createSearchRateCheck(
  limiter: RateLimiter,
  config: Pick<ApiConfig, 'anonymousSearchesPerMinute' | 'authenticatedSearchesPerMinute'>,
  { caller, ip, nowMs }: SearchRateRequest,
  onLimited: (retryAfterSeconds: number) => void,
): () => void {
  let counted = false;
  return () => {
    if (caller.via === 'token' || caller.via === 'operator') return;
    if (counted) return;
    counted = true;
    const decision = caller.user
      ? limiter.check(`user:${caller.user.id}`, config.authenticatedSearchesPerMinute, nowMs)
      : limiter.check(`ip:${ip}`, config.anonymousSearchesPerMinute, nowMs);
    if (!decision.allowed) {
      onLimited(decision.retryAfterSeconds);
      throw new CairnError('API_RATE_LIMITED', 'Too Many Requests');
    }
  };
}
