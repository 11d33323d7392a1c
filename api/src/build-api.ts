/**
 * The API service as a Fastify app: GraphQL at /graphql, the Crash Stats REST API at /api/,
 * the shared service routes, and the built SPA at / (and at its page paths) when it is present. The caller decides
 * where it listens.
 */
import { existsSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  createMetricsRegistry,
  loadConfig,
  registerServiceRoutes,
  systemClock,
  type ApiConfig,
  type AppDb,
  type Clock,
  type CrashQueue,
  type CrashStorage,
  type Logger,
  type SearchIndex,
} from '@cairn/core';
import { buildApiSchema } from './graphql/build-schema.js';
import type { ApiContext } from './graphql/context.js';
import { formatGraphqlError } from './graphql/format-graphql-error.js';
import { createQueryComplexityRule } from './graphql/limits/query-complexity-rule.js';
import { createQueryDepthRule } from './graphql/limits/query-depth-rule.js';
import { registerErrorHandler } from './http/error-handler.js';
import { RateLimiter } from './http/rate-limiter.js';
import { readSessionSecret, registerRequestCaller } from './http/request-caller.js';
import { createSearchRateCheck } from './http/search-rate-limit.js';
import { registerSpaPages } from './http/spa-pages.js';
import { formatClearedSessionCookie, formatSessionCookie } from './http/session-cookie.js';
import { registerRestApi } from './rest/register-rest-api.js';
import type { ServiceDependencies } from './services/api-services.js';
import { PriorityRequestLimiter } from './services/processing-service.js';
import { ensureDefaultGroups } from './stores/group-store.js';

/** What the API needs. */
export interface ApiDependencies {
  readonly storage: CrashStorage;
  readonly searchIndex: SearchIndex;
  /** Migrated already. */
  readonly appDb: AppDb;
  /** Where reprocessing and priority-processing requests go. */
  readonly queue: CrashQueue;
  readonly logger: Logger;
  /** @defaultValue the system clock */
  readonly clock?: Clock;
  /** @defaultValue the CAIRN_API_* defaults */
  readonly config?: ApiConfig;
  /** Directory of the built SPA (frontend/dist); not served when absent. */
  readonly staticDir?: string;
}

/** Builds the API app (not listening yet). */
export async function buildApi(dependencies: ApiDependencies): Promise<FastifyInstance> {
  const config = dependencies.config ?? loadConfig({}).api;
  const deps: ServiceDependencies = {
    storage: dependencies.storage,
    searchIndex: dependencies.searchIndex,
    appDb: dependencies.appDb,
    queue: dependencies.queue,
    clock: dependencies.clock ?? systemClock,
    config,
  };
  await ensureDefaultGroups(deps.appDb);
  const app = Fastify({
    loggerInstance: dependencies.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.maxBodyBytes,
  });
  const metrics = createMetricsRegistry('api');
  registerServiceRoutes(app, {
    service: 'api',
    metrics,
    healthChecks: {
      storage: () => dependencies.storage.checkHealth(),
      search: () => dependencies.searchIndex.checkHealth(),
      database: () => dependencies.appDb.checkHealth(),
    },
  });
  registerErrorHandler(app, dependencies.logger);
  registerRequestCaller(app, deps);
  registerRestApi(app, deps);

  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    // Stack traces and internal messages stay in the logs, never in responses.
    includeStacktraceInErrorResponses: false,
    validationRules: [
      createQueryDepthRule(config.maxQueryDepth),
      createQueryComplexityRule(config.maxQueryComplexity),
    ],
    formatError: (formatted, error) => formatGraphqlError(formatted, error, dependencies.logger),
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const priorityLimiter = new PriorityRequestLimiter(config.priorityIntervalMs);
  const searchLimiter = new RateLimiter();
  await app.register(fastifyApollo(apollo), {
    context: async (request, reply): Promise<ApiContext> => {
      const sessionSecret = readSessionSecret(request);
      return {
        deps,
        caller: request.caller,
        priorityLimiter,
        checkSearchRate: createSearchRateCheck(
          searchLimiter,
          config,
          { caller: request.caller, ip: request.ip, nowMs: deps.clock.now().getTime() },
          (retryAfterSeconds) => void reply.header('retry-after', String(retryAfterSeconds)),
        ),
        ...(sessionSecret !== undefined && { sessionSecret }),
        setSessionCookie: (secret, maxAgeSeconds) =>
          void reply.header(
            'set-cookie',
            formatSessionCookie(secret, { maxAgeSeconds, secure: config.secureCookies }),
          ),
        clearSessionCookie: () =>
          void reply.header('set-cookie', formatClearedSessionCookie(config.secureCookies)),
      };
    },
  });

  if (dependencies.staticDir && existsSync(dependencies.staticDir)) {
    await app.register(fastifyStatic, { root: dependencies.staticDir, wildcard: false });
    registerSpaPages(app);
  }
  return app;
}
