/**
 * Adds the session's CSRF token to every request. The API refuses a POST that carries the
 * session cookie without the token in `X-CSRF-Token` (api/src/http/csrf-check.ts); queries
 * longer than a URL allows are POSTs too, so every operation carries it once it is known.
 */
import { mapExchange, makeOperation, type Exchange, type Operation } from 'urql';

/** The header the API reads the token from. */
export const CSRF_HEADER = 'X-CSRF-Token';

function withHeader(operation: Operation, name: string, value: string): Operation {
  const fetchOptions = operation.context.fetchOptions;
  const base = typeof fetchOptions === 'function' ? fetchOptions() : (fetchOptions ?? {});
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: {
      ...base,
      headers: { ...(base.headers as Record<string, string>), [name]: value },
    },
  });
}

/** The exchange; `readToken` answers the current token, or null when there is no session. */
export function csrfTokenExchange(readToken: () => string | null): Exchange {
  return mapExchange({
    onOperation(operation) {
      const token = readToken();
      return token ? withHeader(operation, CSRF_HEADER, token) : operation;
    },
  });
}
