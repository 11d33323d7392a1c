/**
 * One error handler for every API route: REST paths answer in the Crash Stats format, the
 * GraphQL path in the GraphQL format, anything else as `{"error": {code, message}}`. Errors
 * Cairn did not raise say only "Internal error"; their details go to the log.
 */
import { CairnError, toCairnError, type Logger } from '@cairn/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { formatRestError } from '../rest/rest-error-body.js';

/** Fastify's own request errors (body too large, bad JSON…) as a CairnError with their status. */
function fromFastifyError(error: FastifyError): { cairnError: CairnError; status: number } {
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return { cairnError: new CairnError('BAD_REQUEST', error.message), status: error.statusCode };
  }
  const cairnError = toCairnError(error);
  return { cairnError, status: cairnError.status };
}

/** Registers the handler. */
export function registerErrorHandler(app: FastifyInstance, logger: Logger): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { cairnError, status } =
      error instanceof CairnError
        ? { cairnError: error, status: error.status }
        : fromFastifyError(error);
    if (cairnError.code === 'INTERNAL') {
      logger.error(
        { err: cairnError.cause ?? error, url: request.url.split('?')[0] },
        'API request failed',
      );
    }
    reply.header('x-cairn-error-code', cairnError.code);
    if (request.url.startsWith('/api/')) {
      const answer = formatRestError(cairnError);
      return reply
        .code(status === cairnError.status ? answer.status : status)
        .type(answer.contentType)
        .send(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    }
    if (request.url.startsWith('/graphql')) {
      return reply.code(status).send({
        errors: [{ message: cairnError.message, extensions: { code: cairnError.code } }],
      });
    }
    return reply
      .code(status)
      .send({ error: { code: cairnError.code, message: cairnError.message } });
  });
}
