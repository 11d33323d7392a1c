/**
 * The API service as a Fastify app: GraphQL at /graphql, the shared service routes, and the
 * built SPA at / when it is present. The caller decides where it listens.
 */
import { existsSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  createMetricsRegistry,
  registerServiceRoutes,
  type AppDb,
  type CrashStorage,
  type Logger,
  type SearchIndex,
} from '@cairn/core';
import { buildApiSchema } from './graphql/build-schema.js';
import type { ApiContext } from './graphql/context.js';

/** What the API needs. */
export interface ApiDependencies {
  readonly storage: CrashStorage;
  readonly searchIndex: SearchIndex;
  readonly appDb: AppDb;
  readonly logger: Logger;
  /** Directory of the built SPA (frontend/dist); not served when absent. */
  readonly staticDir?: string;
}

/** Builds the API app (not listening yet). */
export async function buildApi(dependencies: ApiDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: dependencies.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
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

  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    // Stack traces and internal messages stay in the logs, never in responses.
    includeStacktraceInErrorResponses: false,
    plugins: [fastifyApolloDrainPlugin(app)],
  });
  await apollo.start();
  const context = async (): Promise<ApiContext> => ({
    storage: dependencies.storage,
    searchIndex: dependencies.searchIndex,
    appDb: dependencies.appDb,
  });
  await app.register(fastifyApollo(apollo), { context });

  if (dependencies.staticDir && existsSync(dependencies.staticDir)) {
    await app.register(fastifyStatic, { root: dependencies.staticDir, wildcard: false });
  }
  return app;
}
