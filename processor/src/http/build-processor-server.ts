/**
 * The processor's small HTTP server: no API, only the routes every Cairn service answers
 * (heartbeats with the processor's dependency checks, version, Prometheus /metrics), so the
 * processor can be monitored like the collector and the API.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerServiceRoutes, type HealthCheck, type Logger } from '@cairn/core';
import type { Registry } from 'prom-client';

/** What the server reports on. */
export interface ProcessorServerOptions {
  readonly healthChecks: Readonly<Record<string, HealthCheck>>;
  readonly metrics: Registry;
  readonly logger: Logger;
  /** A Dockerflow version file for /__version__. */
  readonly versionFile?: string;
}

/** Builds the server without listening. */
export function buildProcessorServer(options: ProcessorServerOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // Monitoring polls these routes all the time; a log line per request would drown the crashes.
    logController: new LogController({ disableRequestLogging: true }),
  });
  registerServiceRoutes(app, {
    service: 'processor',
    healthChecks: options.healthChecks,
    metrics: options.metrics,
    ...(options.versionFile !== undefined && { versionFile: options.versionFile }),
  });
  return app;
}
