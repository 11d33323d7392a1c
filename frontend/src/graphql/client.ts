/**
 * The urql client: one ordered list of exchanges, synchronous ones first and the fetch last
 * (urql's authoring-exchanges rule). Cross-cutting behaviour lives in small exchanges.
 */
import { cacheExchange, Client, fetchExchange } from 'urql';
import { authRequiredExchange } from './auth-required-exchange';
import { csrfTokenExchange } from './csrf-token-exchange';

/** Options of createGraphqlClient. */
export interface GraphqlClientOptions {
  /** The API's GraphQL endpoint. @defaultValue '/graphql' */
  readonly url?: string;
  /** The session's CSRF token, read before each operation; null without a session. */
  readonly readCsrfToken: () => string | null;
  /** Called when the API says an operation needs a signed-in user. */
  readonly onAuthRequired: () => void;
}

/** Builds the client that talks to the API. */
export function createGraphqlClient(options: GraphqlClientOptions): Client {
  return new Client({
    url: options.url ?? '/graphql',
    // Short queries go as GET (cacheable, no CSRF token needed); Apollo accepts a GET only
    // with a header a cross-site form cannot send, hence apollo-require-preflight.
    preferGetMethod: 'within-url-limit',
    // Crashes keep arriving: show what is cached at once (back and forward are instant), then
    // refresh it. Queries whose answer cannot change in a session ask for cache-first.
    requestPolicy: 'cache-and-network',
    fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
    exchanges: [
      authRequiredExchange(options.onAuthRequired),
      csrfTokenExchange(options.readCsrfToken),
      cacheExchange,
      fetchExchange,
    ],
  });
}
