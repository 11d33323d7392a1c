/** The urql client: one ordered list of exchanges, synchronous ones first (urql's rule). */
import { cacheExchange, Client, fetchExchange } from 'urql';

/** Builds the client that talks to the API's /graphql. */
export function createGraphqlClient(url = '/graphql'): Client {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange] });
}
