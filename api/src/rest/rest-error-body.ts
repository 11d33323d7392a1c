/**
 * Errors as the Crash Stats API reports them: `{"error": "<message>"}` with the status of the
 * error's code, `{"errors": {...}}` for form problems, plain "Too Many Requests" for 429. The
 * stable Cairn code travels in the `X-Cairn-Error-Code` header. Internal errors say nothing more.
 */
import { SearchParameterError, type CairnError } from '@cairn/core';
import { ParameterErrors } from './read-parameters.js';

/** Status, body and content type of an error answer. */
export interface RestErrorAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly contentType: string;
}

/** How an error is answered on the REST API. */
export function formatRestError(error: CairnError): RestErrorAnswer {
  const json = (body: unknown) => ({
    status: error.status,
    body,
    contentType: 'application/json; charset=utf-8',
  });
  if (error.code === 'API_RATE_LIMITED') {
    return { status: 429, body: 'Too Many Requests', contentType: 'text/plain; charset=utf-8' };
  }
  if (error instanceof ParameterErrors) return json({ errors: error.errors });
  if (error instanceof SearchParameterError) {
    return error.crashStatsShape === 'form_field'
      ? json({ errors: { [error.parameter]: [error.message] } })
      : json({ error: `Bad request: BadArgumentError: ${error.message}` });
  }
  return json({ error: error.message });
}
