/** What every resolver receives. */
import type { Caller } from '../auth/caller.js';
import type { ServiceDependencies } from '../services/api-services.js';
import type { PriorityRequestLimiter } from '../services/processing-service.js';

/** The per-request context of the GraphQL API. */
export interface ApiContext {
  readonly deps: ServiceDependencies;
  readonly caller: Caller;
  readonly priorityLimiter: PriorityRequestLimiter;
  /** Counts this request against the search pages' rate limit; throws past it. */
  readonly checkSearchRate: () => void;
  /** The session cookie's secret sent with the request, if any (for signing out). */
  readonly sessionSecret?: string;
  /** Sets the session cookie on the response (signing in). */
  setSessionCookie(secret: string, maxAgeSeconds: number): void;
  /** Removes the session cookie (signing out). */
  clearSessionCookie(): void;
}
