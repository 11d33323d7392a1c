/**
 * Mounts the Crash Stats-compatible endpoints at `/api/<Name>/` (with or without the trailing
 * slash). Each request: read the declared parameters (query string, plus the form body for
 * POST), call the endpoint, build the response from its declared shape.
 */
import { CairnError } from '@cairn/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceDependencies } from '../services/api-services.js';
import { readParameters } from './read-parameters.js';
import { REST_ENDPOINTS } from './rest-endpoints.js';
import type { RestEndpoint } from './rest-endpoint.js';
import { shapeResponse } from './response-shape.js';

/** Every parameter of a request: the query string, then a form body's fields. */
function requestParameters(request: FastifyRequest): URLSearchParams {
  const parameters = new URLSearchParams(request.url.split('?')[1] ?? '');
  if (request.body instanceof URLSearchParams) {
    for (const [key, value] of request.body) parameters.append(key, value);
  }
  return parameters;
}

async function answer(
  endpoint: RestEndpoint,
  deps: ServiceDependencies,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const rawParameters = requestParameters(request);
  const parameters =
    endpoint.parameters === 'catalog' ? {} : readParameters(endpoint.parameters, rawParameters);
  const result = await endpoint.handle({ caller: request.caller, deps, parameters, rawParameters });
  reply.header('access-control-allow-origin', '*');
  if (result.kind === 'binary') {
    return reply
      .type('application/octet-stream')
      .header('content-disposition', `attachment; filename="${result.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(result.bytes));
  }
  reply.header('cache-control', endpoint.cacheControl ?? 'private, no-store');
  const body = shapeResponse(result.shape ?? endpoint.response, result.body);
  const pretty = rawParameters.get('pretty') === 'print';
  return reply
    .type('application/json; charset=utf-8')
    .send(pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body));
}

/** Registers every endpoint, the form-body parser and the unknown-endpoint answer. */
export function registerRestApi(app: FastifyInstance, deps: ServiceDependencies): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  );
  for (const endpoint of REST_ENDPOINTS) {
    for (const url of [`/api/${endpoint.name}/`, `/api/${endpoint.name}`]) {
      app.route({
        method: [...endpoint.methods],
        url,
        handler: (request, reply) => answer(endpoint, deps, request, reply),
      });
    }
  }
  // Browsers may read the API from other sites with a token (GET only: cross-site POSTs are
  // refused by the CSRF check), as the reference's CORS-friendly views allow.
  app.options('/api/*', async (_request, reply) =>
    reply
      .code(204)
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'GET')
      .header('access-control-allow-headers', 'Auth-Token')
      .header('access-control-max-age', '3600')
      .send(),
  );
  app.route({
    method: ['GET', 'POST'],
    url: '/api/:name/',
    handler: async (request) => {
      const { name } = request.params as { name: string };
      const endpoint = REST_ENDPOINTS.find((candidate) => candidate.name === name);
      if (endpoint) {
        throw new CairnError(
          'METHOD_NOT_ALLOWED',
          `${request.method} is not allowed on /api/${name}/; use ${endpoint.methods.join(' or ')}`,
        );
      }
      throw new CairnError('NOT_FOUND', `No service called '${name}'`);
    },
  });
}
