/**
 * The routes every Cairn HTTP service answers (ARCHITECTURE.md, conventions): heartbeats,
 * version, Prometheus metrics, and JSON bodies for unknown routes and methods. Registered once
 * per service instead of being copied into each.
 */
import type { FastifyInstance } from 'fastify';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { CAIRN_VERSION } from '../version.js';

/** A named dependency check for /__heartbeat__; it rejects when the dependency is unusable. */
export type HealthCheck = () => Promise<void>;

/** What a service tells the shared routes. */
export interface ServiceRoutesOptions {
  /** The service's name, in /__version__. */
  readonly service: string;
  /** Dependency checks run by /__heartbeat__, by name (`storage`, `queue`…). */
  readonly healthChecks: Readonly<Record<string, HealthCheck>>;
  /** The service's metrics registry, served at /metrics. */
  readonly metrics: Registry;
  /** How long one health check may take. @defaultValue 5000 ms */
  readonly healthCheckTimeoutMs?: number;
}

/** Makes a metrics registry with the Node.js process metrics already in it. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Registers /__heartbeat__, /__lbheartbeat__, /__version__, /metrics and the JSON 404/405. */
export function registerServiceRoutes(app: FastifyInstance, options: ServiceRoutesOptions): void {
  const timeoutMs = options.healthCheckTimeoutMs ?? 5000;

  app.get('/__lbheartbeat__', async () => ({}));

  app.get('/__heartbeat__', async (_request, reply) => {
    const results = await Promise.all(
      Object.entries(options.healthChecks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), timeoutMs);
          return [name, { ok: true }] as const;
        } catch (error) {
          app.log.warn({ check: name, err: error }, 'health check failed');
          // Only the error's class reaches the client: messages can name hosts or credentials.
          return [
            name,
            { ok: false, error: error instanceof Error ? error.name : 'Error' },
          ] as const;
        }
      }),
    );
    const healthy = results.every(([, result]) => result.ok);
    return reply
      .code(healthy ? 200 : 500)
      .send({ ok: healthy, checks: Object.fromEntries(results) });
  });

  app.get('/__version__', async () => ({ service: options.service, version: CAIRN_VERSION }));

  app.get('/metrics', async (_request, reply) => {
    return reply.type(options.metrics.contentType).send(await options.metrics.metrics());
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({
        error: {
          code: 'NOT_FOUND',
          message: `No route for ${request.method} ${request.url.split('?')[0]}`,
        },
      });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
