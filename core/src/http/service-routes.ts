/**
 * The routes every Cairn HTTP service answers (ARCHITECTURE.md, conventions): the Dockerflow
 * endpoints (heartbeats, version, /__broken__), Prometheus metrics, and JSON bodies for unknown
 * routes and methods. Registered once per service instead of being copied into each.
 * Bodies and statuses follow Antenna's Dockerflow endpoints (research/antenna-collector.md §1.1).
 */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, HTTPMethods } from 'fastify';
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
  /**
   * A Dockerflow `version.json` (keys `source`, `version`, `commit`, `build`) that
   * /__version__ serves as it is, or `{}` when the file is missing or not a JSON object.
   * @defaultValue none: /__version__ answers `{service, version}` from Cairn's own version
   */
  readonly versionFile?: string;
}

/** The methods a 405 answer may list in its Allow header. */
const HTTP_METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Makes a metrics registry with the Node.js process metrics already in it. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * Registers /__heartbeat__, /__lbheartbeat__, /__version__, /__broken__, /metrics and the JSON
 * 404/405.
 */
export function registerServiceRoutes(app: FastifyInstance, options: ServiceRoutesOptions): void {
  const timeoutMs = options.healthCheckTimeoutMs ?? 5000;

  // The load balancer only looks at the status; the reference sends no body.
  app.get('/__lbheartbeat__', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(''),
  );

  app.get('/__heartbeat__', async (_request, reply) => {
    const results = await Promise.all(
      Object.entries(options.healthChecks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), timeoutMs);
          return undefined;
        } catch (error) {
          app.log.warn({ check: name, err: error }, 'health check failed');
          // Only the error's class reaches the client: messages can name hosts or credentials.
          return { name, msg: error instanceof Error ? error.name : 'Error' };
        }
      }),
    );
    const errors = results.filter((result) => result !== undefined);
    return reply.code(errors.length === 0 ? 200 : 503).send({ errors });
  });

  app.get('/__version__', async () =>
    options.versionFile === undefined
      ? { service: options.service, version: CAIRN_VERSION }
      : readVersionFile(options.versionFile),
  );

  // Fails on purpose, so operators can check that errors are logged and reported.
  app.get('/__broken__', async () => {
    throw new Error('/__broken__ was requested: this error is deliberate');
  });

  app.get('/metrics', async (_request, reply) => {
    return reply.type(options.metrics.contentType).send(await options.metrics.metrics());
  });

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    const allowed = HTTP_METHODS.filter((method) => app.hasRoute({ method, url }));
    if (allowed.length > 0) {
      return reply
        .code(405)
        .header('allow', allowed.join(', '))
        .send({
          error: {
            code: 'METHOD_NOT_ALLOWED',
            message: `${request.method} is not allowed on ${url}; use ${allowed.join(' or ')}`,
          },
        });
    }
    return reply
      .code(404)
      .send({ error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${url}` } });
  });
}

/** A Dockerflow version file's object, or `{}` when it is missing or not a JSON object. */
export async function readVersionFile(file: string): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
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

/**
 * The release name a service reports itself as (the reference tags its error reports with it):
 * `<version or "none">:<first 8 characters of the commit, or "unknown">`.
 */
export function formatReleaseName(versionInfo: Readonly<Record<string, unknown>>): string {
  const version = typeof versionInfo.version === 'string' ? versionInfo.version : 'none';
  const commit =
    typeof versionInfo.commit === 'string' ? versionInfo.commit.slice(0, 8) : 'unknown';
  return `${version}:${commit}`;
}
